/** The command-line tools in Spanish: --lang, the POSIX locale variables, and what never changes with the language. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, environmentLanguage } from '../../src/cli/language';
import { setLanguage } from '../../src/i18n';
import { checkScenario } from '../../src/scenario';
import { ENGLISH_ENV } from './cliEnv';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'skywatch-lang-'));
const minimal = readFileSync(join(ROOT, 'test/fixtures/scenarios/minimal.json'), 'utf8');

/** A scenario with a shape error, a cross-reference error, a misspelt value and a warning. */
const brokenText = (() => {
  const source = JSON.parse(minimal);
  source.post.cell = 'B0';
  source.objectives[0].capability = 'disipline';
  source.contacts = [{ id: 'c1', domain: 'air', truth: 'bird', path: [{ at: 0, cell: 'Z9' }] }];
  source.injects = [{ id: 'p1', type: 'probe', at: 60, question: 'q', choices: ['a', 'b'], answer: 5, level: 1 }];
  return JSON.stringify(source, null, 2);
})();
const broken = join(dir, 'broken.json');
writeFileSync(broken, brokenText);

function run(tool: 'validate' | 'simulate', args: string[], env: NodeJS.ProcessEnv = ENGLISH_ENV) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, `src/cli/${tool}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
}

/** `FILE:LINE:COL /pointer` of a problem line: what tools read, the same in every language. */
const place = (line: string) => line.split(' ').slice(0, 2).join(' ');

afterEach(async () => {
  await setLanguage('en');
});

describe('choosing the language', () => {
  it('takes --lang (either spelling) out of the arguments, else the environment', () => {
    expect(chooseLanguage(['--lang', 'es', 'a.json'], {})).toEqual({ language: 'es', args: ['a.json'], error: null });
    expect(chooseLanguage(['a.json', '--lang=es'], {})).toEqual({ language: 'es', args: ['a.json'], error: null });
    expect(chooseLanguage(['a.json'], { LANG: 'es_MX.UTF-8' })).toMatchObject({ language: 'es', error: null });
    expect(chooseLanguage(['--lang', 'en'], { LANG: 'es_ES' })).toMatchObject({ language: 'en', args: [] });
  });

  it('reads LC_ALL, then LC_MESSAGES, then LANG, skipping empty ones, as POSIX programs do', () => {
    expect(environmentLanguage({ LC_ALL: 'C', LANG: 'es_ES.UTF-8' })).toBe('en');
    expect(environmentLanguage({ LC_ALL: '', LC_MESSAGES: 'es_AR', LANG: 'en_US' })).toBe('es');
    expect(environmentLanguage({ LC_ALL: 'fr_FR', LANG: 'es_ES' })).toBe('en');
    expect(environmentLanguage({})).toBe('en');
  });

  it('keeps the environment language for an unknown or missing --lang and reports it', () => {
    expect(chooseLanguage(['--lang', 'fr', 'a.json'], { LANG: 'es_ES' })).toEqual({
      language: 'es',
      args: ['a.json'],
      error: { asked: 'fr' },
    });
    expect(chooseLanguage(['a.json', '--lang'], {})).toMatchObject({ error: { asked: null }, args: ['a.json'] });
  });
});

describe('the scenario checker in Spanish', () => {
  it('finds the same problems at the same places with the same codes; only the messages differ', async () => {
    const english = checkScenario(brokenText).problems;
    await setLanguage('es');
    const spanish = checkScenario(brokenText).problems;
    const strip = (ps: typeof english) => ps.map(({ message: _, ...rest }) => rest);
    expect(english.length).toBeGreaterThanOrEqual(4);
    expect(strip(spanish)).toEqual(strip(english));
    spanish.forEach((p, i) => {
      expect(p.message).not.toBe(english[i].message);
    });
    expect(spanish.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('escriba una celda'),
        expect.stringContaining('¿quiso decir "discipline"?'),
        expect.stringContaining('la celda "Z9" está fuera del mapa'),
      ]),
    );
  });
});

describe('npm run validate / simulate in Spanish (real processes)', () => {
  it('validate --lang es prints Spanish messages at the same places, with the same exit code', () => {
    const en = run('validate', [broken]);
    const es = run('validate', ['--lang', 'es', broken]);
    expect(en.status).toBe(1);
    expect(es.status).toBe(1);
    const enLines = en.stdout.trimEnd().split('\n');
    const esLines = es.stdout.trimEnd().split('\n');
    expect(esLines.map(place)).toEqual(enLines.map(place));
    expect(esLines.filter((l) => enLines.includes(l))).toEqual([]);
    expect(es.stdout).toContain('¿quiso decir "discipline"?');
    expect(es.stderr).toMatch(/^1 archivo revisado: 1 no válido \(\d+ errores, 1 aviso\)$/m);
    expect(en.stderr).toMatch(/^1 file checked: 1 not valid/m);
  }, 60_000);

  it('LANG=es_ES.UTF-8 picks Spanish without --lang', () => {
    const missing = join(dir, 'missing.json');
    const r = run('validate', [missing], { ...ENGLISH_ENV, LANG: 'es_ES.UTF-8' });
    expect(r.status).toBe(1);
    expect(r.stdout.trim()).toBe(`${missing}:1:1 no se puede leer el archivo: el archivo no existe`);
    expect(r.stderr.trim()).toBe('1 archivo revisado: 1 no válido (1 error, 0 avisos)');
  }, 60_000);

  it('simulate --lang es prints a Spanish score card; --json keeps its keys', () => {
    const text = run('simulate', ['first-watch', '--policy', 'idle', '--lang', 'es']);
    expect(text.status).toBe(0);
    const [title, overall] = text.stdout.split('\n');
    expect(title).toBe('First watch — política idle (first-watch, semilla 7)');
    expect(overall).toMatch(/^Total [\d.]+ \/ 100 — NO APROBADO \(nota de aprobado 70\)$/);
    const keys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(keys)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys(v)]))
          : typeof value;
    const es = run('simulate', ['first-watch', '--json', '--lang', 'es']);
    const en = run('simulate', ['first-watch', '--json']);
    expect(es.status).toBe(0);
    expect(keys(JSON.parse(es.stdout))).toEqual(keys(JSON.parse(en.stdout)));
  }, 60_000);

  it('an unknown --lang is a usage error (exit 1) that names the choices, in the environment language', () => {
    const r = run('validate', ['--lang', 'fr', broken]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('unknown language "fr" for --lang: use one of en, es');
    expect(r.stderr).toContain('usage: npm run validate --');
    const es = run('simulate', ['first-watch', '--lang', 'fr'], { ...ENGLISH_ENV, LANG: 'es_ES.UTF-8' });
    expect(es.status).toBe(1);
    expect(es.stdout).toBe('');
    expect(es.stderr.split('\n')[0]).toBe('idioma desconocido "fr" para --lang: use uno de en, es');
    expect(es.stderr).toContain('uso: npm run simulate --');
  }, 60_000);
});
