/** `npm run validate`: exit codes, the exact line format, and no stack traces, on real files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, validateFiles } from '../../src/cli/validate';
import { ENGLISH_ENV } from './cliEnv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixturePath = (name: string) => join(ROOT, 'test/fixtures/scenarios', name);
const minimal = readFileSync(fixturePath('minimal.json'), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'skywatch-validate-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A syntax error's line: FILE:LINE:COL and the message, no pointer. */
const SYNTAX_LINE = /^.+:\d+:\d+ [^/\s]\S*.*$/;

describe('validateFiles', () => {
  it('passes valid files with exit 0 (rich.jsonc has only playability warnings)', () => {
    const r = validateFiles([fixturePath('minimal.json'), fixturePath('rich.jsonc')]);
    expect(r.exitCode).toBe(0);
    expect(r.lines.every((l) => / warning: /.test(l))).toBe(true);
    expect(r.summary).toMatch(/^2 files checked: all valid \(0 errors, \d+ warnings\)$/);
  });

  it('prints one line per problem as FILE:LINE:COL /pointer message', () => {
    const bad = file('bad.json', minimal.replace('"B2"', '"B0"').replace('"max": 0', '"max": -1'));
    const r = validateFiles([bad]);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toEqual([
      `${bad}:7:21 /post/cell write a cell as a column letter then a row number, e.g. "E5" (found "B0")`,
      `${bad}:9:116 /objectives/0/rule/max "max" must be at least 0 (found -1)`,
    ]);
  });

  it('prints warnings with "warning:" and still exits 0', () => {
    const source = JSON.parse(minimal);
    source.contacts = [{ id: 'c1', domain: 'air', truth: 'bird', path: [{ at: 0, cell: 'A1' }] }];
    source.injects = [{ id: 'p1', type: 'probe', at: 60, question: 'q', choices: ['a', 'b'], answer: 0, level: 1 }];
    const text = JSON.stringify(source, null, 2);
    const warned = file('warned.json', text);
    const line = text.split('\n').indexOf('  "injects": [') + 2;
    const r = validateFiles([warned]);
    expect(r.exitCode).toBe(0);
    expect(r.lines).toEqual([
      `${warned}:${line}:5 /injects/0 warning: this probe fires at 1:00, in the first 3:00 — give the trainee time to build a picture first`,
    ]);
  });

  it('reports unreadable inputs as one line each, without throwing', () => {
    const missing = join(dir, 'nope.json');
    const binary = file('garbage.bin', Buffer.from([0, 159, 146, 150, 0, 255, 1, 2]));
    const r = validateFiles([missing, dir, binary]);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toEqual([
      `${missing}:1:1 cannot read file: no such file`,
      `${dir}:1:1 cannot read file: it is a directory, not a file`,
      `${binary}:1:1 cannot read file: it looks like a binary file, not JSON text`,
    ]);
  });

  it('prints a syntax error with its line and column and no pointer', () => {
    const broken = file('syntax.json', minimal.replace('"id": "minimal",', '"id": "minimal"'));
    const r = validateFiles([broken]);
    expect(r.exitCode).toBe(1);
    expect(r.lines).toEqual([`${broken}:4:3 expected "," between items (found "title")`]);
  });

  it('reports garbage text as syntax problems', () => {
    const garbage = file('garbage.json', '\u00ff\u00fe<<<>>> not json at all');
    const r = validateFiles([garbage]);
    expect(r.exitCode).toBe(1);
    expect(r.lines[0].startsWith(`${garbage}:1:1 `)).toBe(true);
    for (const line of r.lines) expect(line).toMatch(SYNTAX_LINE);
  });

  it('runs a playtest hook on valid files only, and fails on a failed playtest', () => {
    const seen: string[] = [];
    const bad = file('bad2.json', '{}');
    const r = validateFiles([fixturePath('minimal.json'), bad], {
      playtest: (scenario, path) => {
        seen.push(scenario.id);
        return { lines: [`${path}: playtest: failed`], ok: false };
      },
    });
    expect(seen).toEqual(['minimal']);
    expect(r.exitCode).toBe(1);
    expect(r.lines[0]).toBe(`${fixturePath('minimal.json')}: playtest: failed`);
  });

  it('turns a throwing playtest into a line', () => {
    const r = validateFiles([fixturePath('minimal.json')], {
      playtest: () => {
        throw new Error('boom');
      },
    });
    expect(r).toMatchObject({ exitCode: 1, lines: [`${fixturePath('minimal.json')}:1:1 / playtest failed: boom`] });
  });

  it('main needs at least one file', () => {
    const write = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect(main([])).toBe(1);
      expect(main(['--bogus', 'x.json'])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
  });
});

describe('npm run validate (a real process)', () => {
  const run = (...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/validate.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });

  it('exits 0 on valid files', () => {
    const r = run('test/fixtures/scenarios/minimal.json', 'test/fixtures/scenarios/rich.jsonc');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l && !/ warning: /.test(l))).toEqual([]);
    expect(r.stderr).toMatch(/2 files checked: all valid/);
  });

  it('exits 1 with problem lines and no stack trace', () => {
    const bad = file('cli-bad.json', minimal.replace('"discipline"', '"disipline"'));
    const r = run(bad, join(dir, 'missing.json'), dir);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `${bad}:9:33 /objectives/0/capability expected one of: detect, classify, report, protect, opsec, comms, awareness, discipline (found "disipline") — did you mean "discipline"?`,
      `${join(dir, 'missing.json')}:1:1 cannot read file: no such file`,
      `${dir}:1:1 cannot read file: it is a directory, not a file`,
    ]);
    expect(r.stdout + r.stderr).not.toMatch(/\bat .+:\d+:\d+\)|Error:/);
  });

  it('lists shape errors and the cross-reference problems of the same items in one run', { timeout: 60_000 }, () => {
    const source = JSON.parse(minimal);
    source.contacts = [
      {
        id: 'c1',
        domain: 'air',
        truth: 'bird',
        cues: { sound: 'quiet' },
        path: [
          { at: '2:00', cell: 'A1' },
          { at: '1:00', cell: 'H9' },
        ],
      },
    ];
    source.objectives[0].rule.max = -1;
    const both = file('both-kinds.json', JSON.stringify(source, null, 2));
    const r = run(both);
    expect(r.status).toBe(1);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      `${both}:25:16 /objectives/0/rule/max "max" must be at least 0 (found -1)`,
      `${both}:35:18 /contacts/0/cues/sound expected one of: none, faint, loud (found "quiet")`,
      `${both}:43:17 /contacts/0/path/1/at waypoint time 1:00 is not after the previous waypoint (2:00) — waypoint times must increase`,
      `${both}:44:19 /contacts/0/path/1/cell cell "H9" is off the map — the map has columns A–D and rows 1–3`,
    ]);
    expect(r.stderr).toMatch(/1 file checked: 1 not valid \(4 errors, 0 warnings\)/);
  });
});
