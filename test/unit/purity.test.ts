/**
 * The pure layers (scenario, engine, scoring) stay pure: no Phaser, zustand, UI, game or store
 * imports, no Node built-ins, and no wall clock, randomness, DOM or process access.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const PURE = ['scenario', 'engine', 'scoring'];
const IMPURE_DIRS = ['ui', 'game', 'store', 'cli'].map((d) => join(SRC, d));

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

/** The text with comments blanked out (line breaks kept, so line numbers stay right). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_, before: string) => before);
}

const FORBIDDEN_CALLS: [RegExp, string][] = [
  [/\bDate\.now\s*\(/, 'Date.now() — pass time in as scenario milliseconds'],
  [/\bnew Date\b/, 'new Date — pass time in as scenario milliseconds'],
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

/** Every purity violation in the pure layers, as "file:line what". */
function violations(): string[] {
  const out: string[] = [];
  for (const layer of PURE) {
    for (const file of sourceFiles(join(SRC, layer))) {
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      const where = (i: number) => `${relative(ROOT, file)}:${i + 1}`;
      lines.forEach((line, i) => {
        for (const m of line.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g)) {
          const problem = importProblem(file, m[1]);
          if (problem) out.push(`${where(i)} ${problem}`);
        }
        for (const [pattern, what] of FORBIDDEN_CALLS) if (pattern.test(line)) out.push(`${where(i)} uses ${what}`);
      });
    }
  }
  return out;
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
  });
});
