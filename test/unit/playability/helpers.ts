/** A small scenario to vary per test, and the playability warnings it gets. */
import { checkScenario } from '../../../src/scenario';
import { playabilityWarnings } from '../../../src/scoring/playability';

/** A 12 × 8 open map, post at F7 seeing 5 cells, sectors north (rows 1–3) and south (rows 4–8), 10 minutes. */
export function base(): Record<string, unknown> & { contacts: unknown[]; injects: unknown[]; objectives: unknown[] } {
  return {
    schemaVersion: 1,
    id: 'play',
    title: 'Playability test',
    durationSec: '10:00',
    startClock: '06:00',
    map: { terrain: Array.from({ length: 8 }, () => '............') },
    post: { cell: 'F7', name: 'Post', observeRange: 5 },
    sectors: [
      { id: 'north', name: 'North', cells: 'A1:L3' },
      { id: 'south', name: 'South', cells: 'A4:L8' },
    ],
    contacts: [],
    injects: [],
    objectives: [
      { id: 'calm', capability: 'discipline', text: 'No false reports', rule: { type: 'falseReports', max: 0 } },
    ],
  };
}

/** A drone that flies in from the west edge and hovers at D6 (observable from about 0:40 on). */
export const nearDrone = (id = 'c1', start = 0) => ({
  id,
  domain: 'air',
  truth: 'suspicious',
  path: [
    { at: start, cell: 'A4', activity: 'approaching' },
    { at: start + 60, cell: 'D6', activity: 'hovering' },
    { at: start + 300, cell: 'D6' },
  ],
});

/** A drone that stays in the far north-east corner, out of sight of the post. */
export const farDrone = (id = 'far') => ({
  id,
  domain: 'air',
  truth: 'suspicious',
  path: [
    { at: 0, cell: 'L1', activity: 'hovering' },
    { at: 300, cell: 'L1' },
  ],
});

/** The warnings for a scenario object, as "code pointer" strings, and the full problems. */
export function warningsOf(source: object): { keys: string[]; messages: string[] } {
  const text = JSON.stringify(source, null, 2);
  const checked = checkScenario(text);
  if (!checked.scenario || !checked.file) {
    throw new Error(`invalid test scenario: ${checked.problems.map((p) => `${p.pointer} ${p.message}`).join('; ')}`);
  }
  const problems = playabilityWarnings(checked.scenario, checked.file, text);
  return { keys: problems.map((p) => `${p.code} ${p.pointer}`), messages: problems.map((p) => p.message) };
}
