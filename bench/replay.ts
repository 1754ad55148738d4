/** Replay speed on long runs: a scenario with 10k–100k scripted actions, which must take linear time. */
import { performance } from 'node:perf_hooks';
import { replay } from '../src/engine';
import { parseScenario } from '../src/scenario';
import type { Scenario } from '../src/scenario/model';
import type { ActionFile } from '../src/scenario/schema';
import { score } from '../src/scoring';
import { generateScenario } from './generate';

/** A run of `n` actions spread over the scenario, nearly all accepted: settings toggled, one track classified and reported again and again. */
export function longRun(scenario: Scenario, n: number): ActionFile[] {
  const actions: ActionFile[] = [{ at: 0, type: 'mark', cell: 'A1' }];
  for (let i = 1; i < n; i++) {
    const at = Math.floor((i * scenario.durationMs) / n) / 1000;
    const odd = Math.floor(i / 4) % 2 === 1;
    if (i % 4 === 0) actions.push({ at, type: 'emissions', state: odd ? 'on' : 'off' });
    else if (i % 4 === 1) actions.push({ at, type: 'posture', posture: odd ? 'normal' : 'alert' });
    else if (i % 4 === 2) actions.push({ at, type: 'classify', track: 'T1', as: odd ? 'bird' : 'suspicious-uas' });
    else actions.push({ at, type: 'report', track: 'T1', channel: 'primary', report: { count: 1, location: 'A1' } });
  }
  return actions;
}

/** Milliseconds to replay and to score `n` actions on a generated 60-minute scenario with 20 contacts. */
export function replayTimes(n: number): { replayMs: number; scoreMs: number; events: number; rejected: number } {
  const parsed = parseScenario(JSON.stringify(generateScenario(20, 60)));
  if (!parsed.ok) throw new Error('the generated scenario does not parse');
  const actions = longRun(parsed.value, n);
  const t0 = performance.now();
  const result = replay(parsed.value, { actions });
  const t1 = performance.now();
  score(parsed.value, result.state, result.stoppedAtProbe);
  const t2 = performance.now();
  return {
    replayMs: t1 - t0,
    scoreMs: t2 - t1,
    events: result.state.log.length,
    rejected: result.rejected.length + (result.stoppedAtProbe ? 1e9 : 0),
  };
}
