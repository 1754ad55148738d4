/** Shared helpers for the studio tests: a built-in scenario with comments added, and reading texts. */
import { readFileSync } from 'node:fs';
import { createScanner, parse } from 'jsonc-parser';
import { expect } from 'vitest';

/** The text of a built-in scenario. */
export function builtin(file: string): string {
  return readFileSync(`assets/scenarios/${file}`, 'utf8');
}

/** A built-in's text without its `translations`, written last in the file. */
export function untranslated(text: string): string {
  const out = text.replace(/,\n {2}"translations": \{[\s\S]*\n {2}\}\n\}\n$/, '\n}\n');
  expect(out).not.toContain('"translations"');
  return out;
}

/** Replaces `find` (which must occur) in `text`. */
function put(text: string, find: string, by: string): string {
  expect(text).toContain(find);
  return text.replace(find, by);
}

/**
 * First watch with comments written where instructors write them: above and after fields, list items and rows; without
 * its Spanish translation, which names the team member, sectors and objectives these tests remove.
 */
export function commented(): string {
  let t = untranslated(builtin('first-watch.json'));
  t = put(t, '  "map": {\n', '  // The river is the top row.\n  "map": {\n');
  t = put(t, '      "~~~~~~~~~~~~",\n', '      "~~~~~~~~~~~~", // river\n');
  t = put(t, '"perimeter": ["E6:H8"]', '"perimeter": ["E6:H8"] /* the compound */');
  t = put(
    t,
    '    { "id": "west", "name": "West", "cells": "A1:D8" },',
    '    { "id": "west", "name": "West", "cells": "A1:D8" }, // left bank',
  );
  t = put(
    t,
    '        { "at": "0:40", "cell": "A3", "activity": "transiting" },',
    '        { "at": "0:40", "cell": "A3", "activity": "transiting" }, // enters west',
  );
  t = put(
    t,
    '        { "at": "3:00", "cell": "F4", "activity": "loitering" },',
    '        // hovers over the road\n        { "at": "3:00", "cell": "F4", "activity": "loitering" },',
  );
  t = put(t, '      "id": "roger",\n', '      "id": "roger", // after the report\n');
  t = put(t, '  "scoring": { "passMark": 70 }', '  // Pass at 70.\n  "scoring": { "passMark": 70 }');
  return t;
}

/** The comments of a text, in order. */
export function commentsOf(text: string): string[] {
  const scanner = createScanner(text, false);
  const found: string[] = [];
  // SyntaxKind is a const enum, which this project's module settings cannot read: its values are written here.
  const [lineComment, blockComment, eof] = [12, 13, 17];
  for (let k: number = scanner.scan(); k !== eof; k = scanner.scan()) {
    if (k === lineComment || k === blockComment) found.push(scanner.getTokenValue());
  }
  return found;
}

/** The value of a JSON-with-comments text. */
// biome-ignore lint/suspicious/noExplicitAny: tests read and change the values freely
export function jsonValue(text: string): any {
  const errors: unknown[] = [];
  const v = parse(text, errors as never, { allowTrailingComma: true });
  expect(errors).toEqual([]);
  return v;
}

/** The lines of `after` that differ from `before`: what was removed and what was added between the common start and end. */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return { removed: a.slice(i, a.length - j), added: b.slice(i, b.length - j) };
}
