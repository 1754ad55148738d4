/** validate --strict: warnings become errors that name their rule; every built-in scenario passes it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { playtest } from '../../../src/cli/playtest';
import { validateFiles } from '../../../src/cli/validate';
import { base, farDrone, nearDrone } from './helpers';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUILT_IN = join(ROOT, 'assets/scenarios');
const dir = mkdtempSync(join(tmpdir(), 'skywatch-strict-'));

function warnedFile(): string {
  const s = base();
  s.contacts = [nearDrone(), farDrone()];
  s.objectives.push({ id: 'spot', capability: 'detect', text: 'spot', rule: { type: 'detect', contacts: ['far'] } });
  const path = join(dir, 'warned.json');
  writeFileSync(path, JSON.stringify(s, null, 2));
  return path;
}

describe('--strict', () => {
  it('without it, a playability warning prints as a warning and exits 0', () => {
    const path = warnedFile();
    const r = validateFiles([path]);
    expect(r.exitCode).toBe(0);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/warned\.json:\d+:\d+ \/objectives\/1\/rule\/contacts\/0 warning: contact "far" never/);
  });

  it('with it, the warning is an error naming its rule and the exit code is 1', () => {
    const path = warnedFile();
    const r = validateFiles([path], { strict: true });
    expect(r.exitCode).toBe(1);
    expect(r.lines[0]).toMatch(
      /warned\.json:\d+:\d+ \/objectives\/1\/rule\/contacts\/0 error \(strict, contact-never-observable\): contact "far"/,
    );
    expect(r.summary).toBe('1 file checked: 1 not valid (0 errors, 1 warning, --strict)');
  });

  it('a real process exits 1 under --strict and 0 without it', () => {
    const path = warnedFile();
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'src/cli/validate.ts', '--lang', 'en', ...args], { cwd: ROOT, encoding: 'utf8' });
    const loose = run(path);
    const strict = run('--strict', path);
    expect(loose.status).toBe(0);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('error (strict, contact-never-observable)');
    expect(strict.stderr).toContain('1 not valid');
  });
});

describe('built-in scenarios', () => {
  const files = readdirSync(BUILT_IN)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(BUILT_IN, f));

  it('all pass validate --playtest --strict with no warnings', { timeout: 180_000 }, () => {
    const r = validateFiles(files, { playtest, strict: true });
    expect(r.lines.filter((l) => !/: playtest (perfect|observer|guesser|idle): /.test(l))).toEqual([]);
    expect(r.exitCode).toBe(0);
  });
});
