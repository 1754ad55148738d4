/**
 * The one-way layering of docs/architecture.md: each folder imports only the layers below it,
 * statically, with `import()` or with `require()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { importsOf, withoutComments } from './imports';

const SRC = resolve('src');
const MAY_IMPORT: Record<string, string[]> = {
  i18n: [],
  scenario: ['i18n'],
  engine: ['i18n', 'scenario'],
  scoring: ['i18n', 'scenario', 'engine'],
  store: ['i18n', 'scenario', 'engine', 'scoring', 'protocol'],
  cli: ['i18n', 'scenario', 'engine', 'scoring'],
  game: ['i18n', 'scenario', 'engine', 'scoring', 'store'],
  ui: ['i18n', 'scenario', 'engine', 'scoring', 'protocol', 'store'],
  studio: ['i18n', 'scenario', 'engine', 'scoring', 'store'],
  protocol: ['i18n', 'scenario', 'engine', 'scoring'],
  server: ['i18n', 'protocol', 'scenario', 'engine', 'scoring'],
};
/**
 * Layers a folder may load only with a dynamic `import()`: the play screen loads Phaser's chunk when play
 * opens, and the library loads the studio's chunk when it opens.
 */
const MAY_LOAD_LAZILY: Record<string, string[]> = { ui: ['game', 'studio'] };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The layer crossings in one source text of `layer` (file is its path), as "file imports X (…)". */
function fileCrossings(layer: string, file: string, text: string): string[] {
  const allowed = MAY_IMPORT[layer];
  return importsOf(withoutComments(text)).flatMap(({ specifier, kind }) => {
    if (!specifier.startsWith('.')) return [];
    const target = relative(SRC, resolve(dirname(file), specifier)).split('/')[0];
    if (target === layer || !(target in MAY_IMPORT) || allowed.includes(target)) return [];
    if (kind === 'dynamic' && MAY_LOAD_LAZILY[layer]?.includes(target)) return [];
    const how = kind === 'dynamic' ? ' dynamically' : '';
    return [
      `${relative(SRC, file)} imports ${specifier}${how} (src/${layer} may import: ${allowed.join(', ') || 'nothing of ours'})`,
    ];
  });
}

function crossings(): string[] {
  return Object.keys(MAY_IMPORT).flatMap((layer) =>
    files(join(SRC, layer)).flatMap((file) => fileCrossings(layer, file, readFileSync(file, 'utf8'))),
  );
}

test('no layer imports a layer above it or beside it', () => {
  expect(crossings()).toEqual([]);
});

test('would catch a crossing made with import() or require(), and allows only the lazy game and studio chunks', () => {
  const scenarioFile = join(SRC, 'scenario/x.ts');
  const sample = 'const s = await import(\'../scoring/score\');\nconst e = require("../engine/run");\n';
  expect(fileCrossings('scenario', scenarioFile, sample)).toEqual([
    'scenario/x.ts imports ../scoring/score dynamically (src/scenario may import: i18n)',
    'scenario/x.ts imports ../engine/run dynamically (src/scenario may import: i18n)',
  ]);
  const uiFile = join(SRC, 'ui/x.ts');
  expect(fileCrossings('ui', uiFile, "const g = import('../game/game');")).toEqual([]);
  expect(fileCrossings('ui', uiFile, "import { boot } from '../game/game';")).toEqual([
    'ui/x.ts imports ../game/game (src/ui may import: i18n, scenario, engine, scoring, protocol, store)',
  ]);
  expect(fileCrossings('ui', uiFile, "const s = await import('../studio/screen/mount');")).toEqual([]);
  expect(fileCrossings('ui', uiFile, "import { modelOf } from '../studio/model';")).toEqual([
    'ui/x.ts imports ../studio/model (src/ui may import: i18n, scenario, engine, scoring, protocol, store)',
  ]);
  expect(fileCrossings('studio', join(SRC, 'studio/x.ts'), "import { el } from '../ui/dom';")).toEqual([
    'studio/x.ts imports ../ui/dom (src/studio may import: i18n, scenario, engine, scoring, store)',
  ]);
});

test('the classroom protocol (shared with the browser) imports scenario, engine and scoring, never the server or the app', () => {
  const file = join(SRC, 'protocol/x.ts');
  expect(fileCrossings('protocol', file, "import type { State } from '../engine/types';")).toEqual([]);
  expect(fileCrossings('protocol', file, "import type { ConsoleSeatRow } from '../scoring/class/console';")).toEqual(
    [],
  );
  expect(fileCrossings('protocol', file, "import { store } from '../server/context';")).toEqual([
    'protocol/x.ts imports ../server/context (src/protocol may import: i18n, scenario, engine, scoring)',
  ]);
  expect(fileCrossings('protocol', file, "import { session } from '../store/session';")).toEqual([
    'protocol/x.ts imports ../store/session (src/protocol may import: i18n, scenario, engine, scoring)',
  ]);
});
