/** xapi-statements (Learning Locker's LRS) is GPL: the tests use it, the app must never import or bundle it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, withoutComments } from '../imports';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('no source file of the app imports xapi-statements', () => {
  const offenders = files('src', /\.(ts|js|mjs)$/).filter((f) =>
    importsOf(withoutComments(readFileSync(f, 'utf8'))).some((i) => i.specifier.startsWith('xapi-statements')),
  );
  expect(offenders).toEqual([]);
  expect(importsOf("import { x } from 'xapi-statements/dist/server';")[0].specifier).toMatch(/^xapi-statements/);
});

test.skipIf(!existsSync('dist/assets'))('the production build (dist/) carries none of xapi-statements', () => {
  const marks = ['xapi-statements', 'learninglocker', 'jscommons/dist'];
  const built = files('dist', /\.(js|html|map)$/).filter((f) => {
    const text = readFileSync(f, 'utf8').toLowerCase();
    return marks.some((m) => text.includes(m));
  });
  expect(built).toEqual([]);
});
