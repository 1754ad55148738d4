import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { main, parseArgs } from '../../src/cli/simulate';
import { parseActionScript, parseScenario } from '../../src/scenario';
import { scoreRun } from '../../src/scoring';
import { ENGLISH_ENV } from './cliEnv';

function simulate(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', ...args], { encoding: 'utf8', env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RUN = 'test/fixtures/runs/first-watch.trainee.json';

test('--json prints the score card the library computes for the same run', () => {
  const r = simulate('assets/scenarios/first-watch.json', '--actions', RUN, '--json');
  expect(r.code).toBe(0);
  const card = JSON.parse(r.out);
  const scenario = parseScenario(readFileSync('assets/scenarios/first-watch.json', 'utf8'));
  const run = parseActionScript(readFileSync(RUN, 'utf8'));
  if (!scenario.ok || !run.ok) throw new Error('fixtures');
  const expected = scoreRun(scenario.value, run.value).card;
  expect(card.overall).toBe(expected.overall);
  expect(card.passed).toBe(true);
  expect(
    card.objectives.map((o: { id: string; capability: string; score: number; rating: string }) => [
      o.id,
      o.capability,
      o.score,
      o.rating,
    ]),
  ).toEqual(expected.objectives.map((o) => [o.id, o.capability, o.score, o.rating]));
  expect(card.rejectedActions).toEqual([{ index: 5, at: '2:50', type: 'classify', reason: 'there is no track "T5"' }]);
});

test('a built-in scenario id works, and the idle policy fails it', () => {
  const r = simulate('river-dusk', '--policy', 'idle');
  expect(r.code).toBe(0);
  expect(r.out).toContain('NOT PASSED');
  expect(r.out).toMatch(/^U +0 +spot \[detect/m);
});

test('a broken scenario prints FILE:LINE:COL lines and exits 1 without a stack trace', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skywatch-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id": "Bad Id"\n}\n');
  const r = simulate(file);
  expect(r.code).toBe(1);
  expect(r.out).toContain(`${file}:3:9 /id `);
  expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at /);
});

test('a broken action script is reported with its place', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skywatch-'));
  const file = join(dir, 'run.json');
  writeFileSync(file, '{ "scenario": "first-watch", "actions": [ { "at": "0:10", "type": "wave" } ] }');
  const r = simulate('first-watch', '--actions', file);
  expect(r.code).toBe(1);
  expect(r.out.split('\n')[0]).toMatch(new RegExp(`^${file}:1:\\d+ /actions/0`));
});

test.each(['perfect', 'observer', 'guesser', 'idle'])('--policy %s is accepted', (name) => {
  expect(parseArgs(['first-watch', '--policy', name])).toMatchObject({ policy: name });
});

test.each([
  [[], 'SCENARIO is missing'],
  [['a', 'b'], 'only one SCENARIO'],
  [['a', '--policy', 'lazy'], 'unknown policy "lazy": use perfect, observer, guesser, idle'],
  [['a', '--seed', '1.5'], '--seed takes a whole number'],
  [['a', '--actions'], '--actions needs a value'],
  [['a', '--actions', 'x', '--policy', 'idle'], 'not both'],
  [['a', '--fast'], 'unknown option --fast'],
])('bad arguments %j are refused: %s', (args, message) => {
  const o = parseArgs(args);
  expect(typeof o === 'string' && o.includes(message)).toBe(true);
});

test('a missing scenario file returns exit code 1', () => {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((s: string) => {
    out += s;
    return true;
  }) as typeof process.stdout.write;
  try {
    expect(main(['no-such-scenario'])).toBe(1);
  } finally {
    process.stdout.write = write;
  }
  expect(out).toBe('no-such-scenario:1:1 cannot read file: no such file\n');
});
