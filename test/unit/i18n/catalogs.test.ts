/** Every message exists in English and Spanish with the same ICU arguments, and every key the source uses exists. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../src/i18n/en';
import { ES } from '../../../src/i18n/es';
import { NAMESPACES } from '../../../src/i18n/namespaces';
import { catalogProblems, flatten, keysUsed } from './catalogCheck';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('message catalogs', () => {
  it('have the same keys and arguments in English and Spanish, and every message parses', () => {
    const problems = NAMESPACES.flatMap((ns) => catalogProblems(ns, EN[ns], ES[ns], 'es'));
    expect(problems).toEqual([]);
  });

  it('hold every key the source passes to t()', () => {
    const missing = sourceFiles(resolve('src')).flatMap((file) =>
      keysUsed(readFileSync(file, 'utf8'))
        .filter((key) => {
          const [ns, path] = key.split(':');
          return !(ns in EN) || !flatten(EN[ns as keyof typeof EN]).has(path);
        })
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('would catch a missing key, an extra key, a broken message and a renamed argument', () => {
    const en = { a: 'A', b: { c: '{count, plural, one {# drone} other {# drones}}' }, d: 'Hello {name}' };
    const es = { b: { c: '{count, plural, one {# dron} other {# drones}' }, d: 'Hola {nombre}', e: 'E' };
    expect(catalogProblems('x', en, es, 'es')).toEqual([
      'x:a is missing in es',
      'x:e is in es but not in en',
      expect.stringMatching(/^x:b\.c does not parse in es/),
      'x:d takes {name} in en but {nombre} in es',
    ]);
    expect(keysUsed('t(\'app:one.two\', { n }) + t("cli:three") + t(key)')).toEqual(['app:one.two', 'cli:three']);
  });
});
