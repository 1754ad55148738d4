/** The one-way layering of docs/architecture.md: each folder imports only the layers below it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = resolve('src');
const MAY_IMPORT: Record<string, string[]> = {
  scenario: [],
  engine: ['scenario'],
  scoring: ['scenario', 'engine'],
  store: ['scenario', 'engine', 'scoring'],
  cli: ['scenario', 'engine', 'scoring'],
  game: ['scenario', 'engine', 'scoring', 'store'],
  ui: ['scenario', 'engine', 'scoring', 'store'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function crossings(): string[] {
  const out: string[] = [];
  for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
    for (const file of files(join(SRC, layer))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"](\.[^'"]+)['"]/gm)) {
        const target = relative(SRC, resolve(dirname(file), m[1])).split('/')[0];
        if (target !== layer && target in MAY_IMPORT && !allowed.includes(target)) {
          out.push(
            `${relative(SRC, file)} imports ${m[1]} (src/${layer} may import: ${allowed.join(', ') || 'nothing of ours'})`,
          );
        }
      }
    }
  }
  return out;
}

test('no layer imports a layer above it or beside it', () => {
  expect(crossings()).toEqual([]);
});
