import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ENGLISH_ENV } from './cliEnv';

function validate(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'src/cli/validate.ts', ...args], { encoding: 'utf8', env: ENGLISH_ENV });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('validate --playtest prints the four policies’ scores for a good scenario and exits 0', {
  timeout: 60_000,
}, () => {
  const r = validate('--playtest', 'assets/scenarios/first-watch.json');
  expect(r.code).toBe(0);
  const lines = r.out.split('\n').filter((l) => l.includes('playtest'));
  expect(lines.map((l) => /playtest (\w+):/.exec(l)?.[1])).toEqual(['perfect', 'observer', 'guesser', 'idle']);
  expect(r.out).toContain('assets/scenarios/first-watch.json: playtest perfect: 100 / 100, passed (pass mark 70)');
  expect(r.out).toMatch(/first-watch\.json: playtest observer: [\d.]+ \/ 100, passed/);
  expect(r.out).toMatch(/first-watch\.json: playtest guesser: [\d.]+ \/ 100, failed/);
  expect(r.out).toMatch(/first-watch\.json: playtest idle: [\d.]+ \/ 100, failed/);
});

test('validate --playtest fails a scenario that an idle trainee passes', { timeout: 60_000 }, () => {
  const scenario = JSON.parse(readFileSync('test/fixtures/scenarios/minimal.json', 'utf8'));
  scenario.objectives = [
    { id: 'calm', capability: 'discipline', text: 'No false reports.', rule: { type: 'falseReports', max: 0 } },
  ];
  const file = join(mkdtempSync(join(tmpdir(), 'skywatch-')), 'too-easy.json');
  writeFileSync(file, JSON.stringify(scenario));
  const r = validate('--playtest', file);
  expect(r.code).toBe(1);
  expect(r.out).toContain(`${file}: playtest idle: 100 / 100, passed (pass mark 70) — the idle policy must fail`);
});
