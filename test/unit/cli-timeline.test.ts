/** `simulate --timeline`: the timeline of a built-in scenario's perfect run, as a function and as a real process. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../src/i18n';
import { parseScenario } from '../../src/scenario';
import { POLICIES, runPolicy } from '../../src/scoring';
import { timeline, timelineLines } from '../../src/scoring/timeline';
import { ENGLISH_ENV } from './cliEnv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function firstWatch() {
  const parsed = parseScenario(readFileSync(`${ROOT}assets/scenarios/first-watch.json`, 'utf8'));
  if (!parsed.ok) throw new Error('first-watch does not parse');
  return parsed.value;
}

describe('timeline', () => {
  afterEach(async () => {
    await setLanguage('en');
  });
  const scenario = firstWatch();
  const { state } = runPolicy(scenario, POLICIES.perfect);
  const lines = timelineLines(timeline(scenario, state));

  it('starts with the run and ends with the end of play', () => {
    expect(lines[0]).toBe('06:00:00     +0:00  run starts (seed 7)');
    expect(lines.at(-1)).toBe('06:07:00     +7:00  end of play (duration reached)');
  });

  it('tells what appears, is seen, fires, and what the trainee did', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        '06:00:05     +0:05  fires welcome [at 0:05] message from Sector desk (radio, needs ack): "Post Alpha, sector desk. Start of watch. Scan north across the river and acknowledge this message."',
        '06:00:05     +0:05  ack: welcome',
        '06:02:00     +2:00  drone appears at F1 (air, truth suspicious, multirotor)',
        '06:02:00     +2:00  mark: T2 on drone at G2',
        '06:02:00     +2:00  classify: T2 (drone) as suspicious-uas',
        '06:02:00     +2:00  report #0: T2 (drone) on primary, delivered',
        '06:02:00     +2:00  fires roger [drone reported] message from Command (radio): "Command copies your drone report. Keep eyes on it and report any change."',
        '06:02:20     +2:20  drone becomes observable at F2',
        '06:04:30     +4:30  chase will not fire [contingency: report drone not done by 4:30]: it was done in time',
        '06:05:30     +5:30  drone leaves the map',
      ]),
    );
  });

  it('speaks Spanish when the language is Spanish, with the same times', async () => {
    await setLanguage('es');
    const es = timelineLines(timeline(scenario, state));
    expect(es.length).toBe(lines.length);
    expect(es[0]).toBe('06:00:00     +0:00  empieza la partida (semilla 7)');
    expect(es).toContain('06:02:00     +2:00  reporte n.º 0: T2 (drone) por el canal primary, entregado');
    expect(es).toContain(
      '06:04:30     +4:30  chase no se disparará [contingencia: report drone sin hacer a los 4:30]: se hizo a tiempo',
    );
  });

  it('is in time order', () => {
    const times = timeline(scenario, state).map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('npm run simulate -- --timeline (a real process)', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: ENGLISH_ENV });

  it('prints the timeline, then the score card', () => {
    const r = run('first-watch', '--timeline', '--policy', 'idle');
    expect(r.status).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('Timeline: First watch — idle policy');
    expect(out).toContain(
      '06:04:30     +4:30  fires chase [contingency: report drone not done by 4:30] message from Command (radio): "Post Alpha, we have a report of a drone near the river. Have you seen anything? Report now."',
    );
    const card = out.indexOf('First watch — idle policy (first-watch, seed 7)');
    expect(card).toBeGreaterThan(out.indexOf('06:07:00     +7:00  end of play (duration reached)'));
  });

  it('with --json adds the timeline array to the score card', () => {
    const r = run('first-watch', '--timeline', '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.passed).toBe(true);
    expect(json.timeline[0]).toEqual({ t: 0, clock: '06:00:00', offset: '0:00', text: 'run starts (seed 7)' });
  });
});
