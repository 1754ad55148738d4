/** Shared helpers for scenario tests: fixtures, text positions, problem lookup. */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parse, parseTree } from 'jsonc-parser';
import { expect } from 'vitest';
import { checkScenario } from '../../../src/scenario/index';
import type { Problem } from '../../../src/scenario/result';

const FIXTURES = new URL('../../fixtures/scenarios/', import.meta.url);

/** The text of a fixture scenario. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** A fresh copy of a fixture as a plain object (comments dropped). */
// biome-ignore lint/suspicious/noExplicitAny: fixtures are mutated freely in tests
export function fixture(name: 'minimal.json' | 'rich.jsonc'): any {
  return parse(fixtureText(name), [], { allowTrailingComma: true });
}

/** Pretty JSON text of a value, as an instructor would write it. */
export function text(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** 1-based line and column of an offset, counted independently of the code under test. */
export function lineCol(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

/** Position of the nth occurrence of a needle (which must occur), plus a shift. */
export function posOf(source: string, needle: string, nth = 1, shift = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = source.indexOf(needle, at + 1);
    expect(at, `"${needle}" occurrence ${i + 1} in the text`).toBeGreaterThanOrEqual(0);
  }
  return lineCol(source, at + shift);
}

/** Position of the value at a JSON pointer (or its property name), found with jsonc-parser directly. */
export function posOfPointer(source: string, pointer: string, atKey = false): { line: number; column: number } {
  const root = parseTree(source, [], { allowTrailingComma: true });
  if (!root) throw new Error('no tree');
  const path = pointer
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replaceAll('~1', '/').replaceAll('~0', '~')));
  const node = findNodeAtLocation(root, path);
  if (!node) throw new Error(`nothing at ${pointer}`);
  const target = atKey && node.parent?.children?.[0] ? node.parent.children[0] : node;
  return lineCol(source, target.offset);
}

/** All problems for a text. */
export function problemsOf(source: string): Problem[] {
  return checkScenario(source).problems;
}

/** The one problem with this code (fails the test when there is not exactly one). */
export function only(problems: Problem[], code: string): Problem {
  const found = problems.filter((p) => p.code === code);
  expect(found, `problems with code ${code} among ${JSON.stringify(problems, null, 1)}`).toHaveLength(1);
  return found[0];
}

/** Whether a problem's line and column lie inside the text. */
export function insideText(source: string, p: Problem): boolean {
  const lines = source.split(/\r\n|\r|\n/);
  if (p.line < 1 || p.line > lines.length) return false;
  return p.column >= 1 && p.column <= lines[p.line - 1].length + 1;
}

/** A change made to a parsed fixture before it is checked. */
// biome-ignore lint/suspicious/noExplicitAny: mutating plain JSON
export type Mutation = (f: any) => void;
