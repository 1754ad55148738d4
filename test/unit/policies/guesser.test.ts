import { expect, test } from 'vitest';
import { POLICIES, runPolicy } from '../../../src/scoring';
import { guessedReport } from '../../../src/scoring/policies/guesser';
import { builtIn } from './builtins';
import { briefOf, view } from './view';

test('the guesser fills every report field with the commonest answer, whatever it saw', () => {
  const r = guessedReport(briefOf('first-watch'), view([], { t: 90_000 }), 'C3');
  expect(r).toMatchObject({ count: 1, type: 'multirotor', size: 'small', lights: 'none', payload: 'none-seen' });
  expect(r.location).toBe('C3');
  expect(r.timeFirstSeen).toBe('06:01');
  expect(Object.values(r).some((v) => v === 'unknown')).toBe(false);
});

test('the guesser marks everything, calls everything a suspicious drone and reports every track once', {
  timeout: 60_000,
}, () => {
  const { state } = runPolicy(builtIn('birds-or-drone'), POLICIES.guesser);
  expect(state.tracks.length).toBeGreaterThanOrEqual(4);
  expect(state.tracks.every((t) => t.classification === 'suspicious-uas')).toBe(true);
  expect(state.reports.map((r) => r.track).sort()).toEqual(state.tracks.map((t) => t.label).sort());
  expect(state.reports.every((r) => r.report.assessment === 'suspicious-uas')).toBe(true);
});

test('the guesser reads no messages: it acknowledges nothing and never changes posture or emissions', {
  timeout: 60_000,
}, () => {
  const { state } = runPolicy(builtIn('full-shift'), POLICIES.guesser);
  expect(state.messages.length).toBeGreaterThan(2);
  expect(state.messages.filter((m) => m.ackedMs !== null)).toEqual([]);
  expect(state.log.filter((e) => e.type === 'posture-changed' || e.type === 'emissions-changed')).toEqual([]);
});
