/** The app's map scene with 200 tracks moving every engine tick, for the frame-time benchmark. */
import { init } from '../../src/engine';
import { TICK_MS } from '../../src/engine/types';
import { createGame } from '../../src/game/game';
import { parseScenario } from '../../src/scenario';
import { session } from '../../src/store/session';
import { installFrameSampler } from './frames';

const N = 200;
const terrain = Array.from({ length: 12 }, (_, r) => (r === 0 ? '~'.repeat(16) : '.'.repeat(16)));
const text = JSON.stringify({
  schemaVersion: 1,
  id: 'bench',
  title: 'Bench',
  durationSec: 3600,
  map: { terrain, perimeter: ['G8:J12'] },
  post: { cell: 'H10', name: 'Post', observeRange: 6 },
  sectors: [{ id: 'north', name: 'North', cells: 'A1:P4' }],
  objectives: [{ id: 'o', capability: 'detect', text: 'x', rule: { type: 'falseReports', max: 0 } }],
});
const parsed = parseScenario(text);
if (!parsed.ok) throw new Error('bench scenario does not parse');
const scenario = parsed.value;
const base = init(scenario, 1);
const classes = [null, 'bird', 'authorized', 'unknown-uas', 'suspicious-uas', 'hazard'] as const;

function at(t: number) {
  return {
    ...base,
    t,
    tracks: Array.from({ length: N }, (_, i) => {
      const a = t / 8000 + i;
      return {
        label: `T${i + 1}`,
        contact: null,
        createdMs: 0,
        firstSeenMs: 0,
        dropped: false,
        x: 7.5 + Math.cos(a) * 6.5,
        y: 5.5 + Math.sin(a * 1.3) * 4.5,
        visible: true,
        lastSeenMs: t,
        classification: classes[i % classes.length],
        cues: {},
      };
    }),
  };
}

installFrameSampler();
session.setState({
  screen: 'play',
  current: { scenario, hash: 'bench', source: { kind: 'file', name: 'bench', text } },
  engine: at(0),
  prev: at(0),
});
let t = 0;
setInterval(() => {
  t += TICK_MS;
  session.setState({ prev: session.getState().engine, engine: at(t) });
}, TICK_MS);
const parent = document.getElementById('game');
if (parent) createGame(parent);
requestAnimationFrame(() => requestAnimationFrame(() => (window.benchReady = true)));
