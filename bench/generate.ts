/** Builds a large synthetic scenario for benchmarks: a 26×26 map, 60 minutes, N contacts. */
import type { ScenarioFile } from '../src/scenario/schema';

/** A tiny deterministic generator so the benchmark scenario is the same every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const COLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A valid scenario file with `contacts` contacts moving over `minutes` minutes. */
export function generateScenario(contacts: number, minutes: number): ScenarioFile {
  const rand = lcg(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const cell = () => `${COLS[Math.floor(rand() * 26)]}${1 + Math.floor(rand() * 26)}`;
  const terrain = Array.from({ length: 26 }, () =>
    Array.from({ length: 26 }, () => pick(['.', '.', '.', '.', '.', '*', '#', '=', '^'])).join(''),
  );
  const list: NonNullable<ScenarioFile['contacts']> = [];
  for (let i = 0; i < contacts; i++) {
    const air = rand() < 0.8;
    const start = Math.floor(rand() * (minutes * 60 - 300));
    const path = Array.from({ length: 5 }, (_, k) => ({ at: start + k * 60, cell: cell() }));
    list.push(
      air
        ? {
            id: `c${i}`,
            domain: 'air',
            truth: pick(['bird', 'authorized', 'hobbyist', 'suspicious', 'hazard']),
            cues: {
              type: pick(['multirotor', 'fixed-wing', 'bird', 'balloon']),
              size: pick(['small', 'medium', 'large']),
              sound: pick(['none', 'faint', 'loud']),
              lights: pick(['none', 'steady', 'flashing']),
              altitude: pick(['low', 'medium', 'high']),
            },
            path,
          }
        : {
            id: `c${i}`,
            domain: 'ground',
            truth: pick(['routine', 'operator', 'suspicious']),
            cues: { kind: 'person' },
            path,
          },
    );
  }
  const injects: NonNullable<ScenarioFile['injects']> = [];
  for (let m = 2; m < minutes; m += 2) {
    injects.push({ id: `m${m}`, type: 'message', at: m * 60, from: 'Desk', text: `Check-in ${m}`, requiresAck: true });
  }
  injects.push({ id: 'fog', type: 'conditions', at: 1800, conditions: { visibility: 'fog' } });
  return {
    schemaVersion: 1,
    id: 'bench-large',
    title: 'Benchmark: large scenario',
    durationSec: minutes * 60,
    map: { terrain, perimeter: ['K10:P16'] },
    post: { cell: 'M13', name: 'Post', observeRange: 8 },
    sectors: [{ id: 'north', name: 'North', cells: 'A1:Z8' }],
    contacts: list,
    injects,
    objectives: [
      { id: 'd', capability: 'detect', text: 'Detect', rule: { type: 'detect', contacts: 'air', withinSec: 60 } },
      { id: 'k', capability: 'classify', text: 'Classify', rule: { type: 'classify', contacts: 'all' } },
    ],
  };
}
