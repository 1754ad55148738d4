/** The command-line tools on awkward real files: pipes, devices, huge, over-deep and non-UTF-8 files, huge seeds. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/cli/io';
import { parseArgs } from '../../src/cli/simulate';
import { validateFiles } from '../../src/cli/validate';
import { MAX_FILE_BYTES } from '../../src/scenario/limits';
import { ENGLISH_ENV } from './cliEnv';

const dir = mkdtempSync(join(tmpdir(), 'skywatch-files-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const fifo = join(dir, 'pipe.json');
execFileSync('mkfifo', [fifo]);
const latin1 = file('latin1.json', Buffer.from('{ "title": "Caf\u00e9" }', 'latin1'));
const huge = file('huge.json', `{ "notes": "${'x'.repeat(MAX_FILE_BYTES)}" }`);
const deep = file('deep.json', `{ "a": ${'['.repeat(5000)}${']'.repeat(5000)} }`);

describe('readTextFile', () => {
  it('refuses a FIFO without waiting for a writer', () => {
    expect(readTextFile(fifo)).toEqual({ ok: false, reason: expect.stringMatching(/not an ordinary file/) });
  });

  it('refuses a device such as /dev/zero', () => {
    expect(readTextFile('/dev/zero')).toEqual({ ok: false, reason: expect.stringMatching(/not an ordinary file/) });
  });

  it('refuses a file over the size limit', () => {
    expect(readTextFile(huge)).toEqual({ ok: false, reason: expect.stringMatching(/larger than 5 MB/) });
  });

  it('refuses text that is not UTF-8 instead of reading replacement characters', () => {
    expect(readTextFile(latin1)).toEqual({ ok: false, reason: expect.stringMatching(/not UTF-8 text/) });
  });

  it('reads UTF-8 text as it is, byte-order mark included', () => {
    const path = file('bom.json', '\ufeff{ "title": "Caf\u00e9" }');
    expect(readTextFile(path)).toEqual({ ok: true, text: '\ufeff{ "title": "Caf\u00e9" }' });
  });
});

describe('npm run validate on awkward files (a real process)', () => {
  it('prints one plain line per file and exits 1, with no stack trace', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/validate.ts', fifo, '/dev/zero', huge, latin1, deep], {
      encoding: 'utf8',
      timeout: 60_000,
      env: ENGLISH_ENV,
    });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([
      `${fifo}:1:1 cannot read file: it is not an ordinary file (a pipe, device or socket)`,
      '/dev/zero:1:1 cannot read file: it is not an ordinary file (a pipe, device or socket)',
      `${huge}:1:1 cannot read file: it is larger than 5 MB, the most Skywatch reads`,
      `${latin1}:1:1 cannot read file: it is not UTF-8 text — save it with the UTF-8 encoding`,
      `${deep}:1:71 / lists and objects are nested more than 64 levels deep here — Skywatch reads at most 64 levels`,
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('validateFiles counts each unreadable file as an error', () => {
    const r = validateFiles([fifo, latin1]);
    expect(r.summary).toBe('2 files checked: 2 not valid (2 errors, 0 warnings)');
  });
});

describe('simulate --seed', () => {
  it('refuses a seed too large to count exactly, instead of playing with seed null', () => {
    const o = parseArgs(['first-watch', '--seed', '9'.repeat(400)]);
    expect(o).toBe(
      '--seed takes a whole number from -9007199254740991 to 9007199254740991, not 999999999999… (400 characters)',
    );
    expect(typeof parseArgs(['first-watch', '--seed', '9007199254740992'])).toBe('string');
    expect(parseArgs(['first-watch', '--seed', '-9007199254740991'])).toMatchObject({ seed: -9007199254740991 });
  });

  it('a real process exits with the message and no score card', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/simulate.ts', 'first-watch', '--seed', '9'.repeat(400)], {
      encoding: 'utf8',
      timeout: 60_000,
      env: ENGLISH_ENV,
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/--seed takes a whole number from/);
    expect(r.stdout).not.toMatch(/"seed": null/);
  }, 60_000);
});
