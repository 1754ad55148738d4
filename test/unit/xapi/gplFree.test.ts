/**
 * xapi-statements (Learning Locker's LRS) is GPL: the tests use it, the app must never import it. The built bundle
 * is checked in test/browser/gplFreeBuild.test.ts, where the browser project's setup has just built dist/.
 */
import { readdirSync, readFileSync } from 'node:fs';
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
