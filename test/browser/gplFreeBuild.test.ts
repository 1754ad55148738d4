/** The production build the browser tests serve (built by serve.ts) carries nothing of xapi-statements (GPL). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

function builtFiles(): string[] {
  return readdirSync('dist', { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(js|html|map)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

test('the production build (dist/) carries none of xapi-statements', () => {
  const files = builtFiles();
  expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
  const marks = ['xapi-statements', 'learninglocker', 'jscommons/dist'];
  const carrying = files.filter((f) => {
    const text = readFileSync(f, 'utf8').toLowerCase();
    return marks.some((m) => text.includes(m));
  });
  expect(carrying).toEqual([]);
});
