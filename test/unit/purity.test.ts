/**
 * The pure layers (scenario, engine, scoring, protocol) stay pure: no Phaser, zustand, UI, game, store, CLI or server
 * imports (static, `import()` or `require()`), no Node built-ins, and no wall clock, randomness,
 * DOM or process access.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importsOf, withoutComments } from './imports';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const PURE = ['i18n', 'scenario', 'engine', 'scoring', 'protocol'];
const IMPURE_DIRS = ['ui', 'game', 'store', 'cli', 'server'].map((d) => join(SRC, d));

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_CALLS: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now() — pass time in as scenario milliseconds'],
  [
    /\bnew Date\s*\(\s*\)|\bnew Date\b(?!\s*\()/,
    'new Date() — pass time in as milliseconds (new Date(ms) of a given time is pure)',
  ],
  [/\bMath\.random\s*\(/, 'Math.random() — use the seeded PRNG in the state'],
  [/\bperformance\.now\s*\(/, 'performance.now() — pass time in'],
  [/\bdocument\./, 'document. — the DOM belongs to src/ui'],
  [/\bwindow\./, 'window. — the browser belongs to src/ui and src/game'],
  [/\bprocess\./, 'process. — Node belongs to src/cli'],
];

function importProblem(file: string, specifier: string): string | null {
  if (/^(phaser|zustand)(\/|$)/.test(specifier)) return `imports ${specifier}`;
  if (specifier.startsWith('node:') || /^(fs|path|os|child_process|crypto|url)$/.test(specifier)) {
    return `imports the Node module ${specifier}`;
  }
  if (specifier.startsWith('.')) {
    const target = resolve(dirname(file), specifier);
    const inside = IMPURE_DIRS.find((d) => target === d || target.startsWith(`${d}/`));
    if (inside) return `imports ${specifier} from src/${relative(SRC, inside)}`;
  }
  return null;
}

/** The purity violations in one source text of a pure layer, as "LINE what". */
function sourceViolations(file: string, text: string): string[] {
  const source = withoutComments(text);
  const out: string[] = [];
  for (const ref of importsOf(source)) {
    const problem = importProblem(file, ref.specifier);
    if (problem) out.push(`${ref.line} ${problem}${ref.kind === 'dynamic' ? ' (dynamically)' : ''}`);
  }
  source.split('\n').forEach((line, i) => {
    for (const [pattern, what] of FORBIDDEN_CALLS) if (pattern.test(line)) out.push(`${i + 1} uses ${what}`);
  });
  return out;
}

/** Every purity violation in the pure layers, as "file:line what". */
function violations(): string[] {
  return PURE.flatMap((layer) =>
    sourceFiles(join(SRC, layer)).flatMap((file) =>
      sourceViolations(file, readFileSync(file, 'utf8')).map((v) => `${relative(ROOT, file)}:${v}`),
    ),
  );
}

describe('pure layers', () => {
  it('have source files to check', () => {
    expect(sourceFiles(join(SRC, 'scenario')).length).toBeGreaterThan(5);
  });

  it('import no Phaser, zustand, Node, UI, game or store code and touch no clock, randomness, DOM or process', () => {
    expect(violations()).toEqual([]);
  });

  it('would catch a violation (the scanner itself works)', () => {
    const sample = "import Phaser from 'phaser';\nconst t = Date.now(); // Math.random() in a comment is fine\n";
    const lines = withoutComments(sample).split('\n');
    expect(lines[1]).not.toMatch(/Math\.random/);
    expect(importProblem(join(SRC, 'engine/x.ts'), '../ui/panel')).toBe('imports ../ui/panel from src/ui');
    expect(importProblem(join(SRC, 'engine/x.ts'), '../store')).toBe('imports ../store from src/store');
    expect(importProblem(join(SRC, 'engine/x.ts'), 'zustand/vanilla')).toBe('imports zustand/vanilla');
    expect(importProblem(join(SRC, 'engine/x.ts'), '../scenario/model')).toBeNull();
    expect(FORBIDDEN_CALLS.some(([p]) => p.test(lines[1]))).toBe(true);
    const caught = (line: string) => FORBIDDEN_CALLS.some(([p]) => p.test(line));
    expect(caught('const now = new Date();')).toBe(true);
    expect(caught('const now = new Date;')).toBe(true);
    expect(caught('return new Date(epochMs).toISOString();')).toBe(false);
  });

  it('would catch dynamic import() and require() of forbidden modules, however they are spaced or quoted', () => {
    const sample = [
      "import { parse } from './parse';",
      "const lazy = () => import('phaser');",
      'const ui = await import(',
      '  "../ui/panel"',
      ');',
      "const fs = require('node:fs');",
      'const store = require ( `../store/session` );',
      "// import('zustand') in a comment is fine",
      "const ok = import('../scenario/model');",
    ].join('\n');
    expect(sourceViolations(join(SRC, 'engine/x.ts'), sample)).toEqual([
      '2 imports phaser (dynamically)',
      '4 imports ../ui/panel from src/ui (dynamically)',
      '6 imports the Node module node:fs (dynamically)',
      '7 imports ../store/session from src/store (dynamically)',
    ]);
  });
});
