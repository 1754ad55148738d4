/** Property tests: random sequences of valid studio edits keep a scenario valid and keep its comments. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../../src/scenario';
import { applyEdit, type Edit } from '../../../src/studio/edits';
import { emptyScenario } from '../../../src/studio/templates';
import { ALL, editFor, KEEPING, type Pick, picks } from './arbitraries';
import { builtin, commented, commentsOf, jsonValue, untranslated } from './helpers';

/** Applies the picks in order, returning the final text and the edits made. */
function run(start: string, chosen: Pick[]): { text: string; edits: Edit[] } {
  let text = start;
  const edits: Edit[] = [];
  chosen.forEach((pick, serial) => {
    const edit = editFor(text, pick, serial);
    if (!edit) return;
    edits.push(edit);
    text = applyEdit(text, edit);
  });
  return { text, edits };
}

/** The problems of a text, for a readable failure. */
function errorsOf(text: string): string[] {
  const parsed = parseScenario(text);
  return parsed.ok ? [] : parsed.error.filter((p) => p.severity === 'error').map((p) => `${p.pointer} ${p.message}`);
}

const STARTS: [string, string][] = [
  ['a commented built-in', commented()],
  ['the largest built-in', builtin('full-shift.json')],
  ['an empty 8×6 map', emptyScenario({ cols: 8, rows: 6 })],
];

describe('random sequences of valid edits', () => {
  for (const [name, start] of STARTS) {
    test(`keep ${name} a valid scenario`, () => {
      fc.assert(
        fc.property(picks(ALL), (chosen) => {
          const { text, edits } = run(start, chosen);
          expect({ edits, errors: errorsOf(text) }).toEqual({ edits, errors: [] });
        }),
        { numRuns: 40 },
      );
    });
  }

  test('that remove nothing keep every comment of the file, in order', () => {
    const start = commented();
    fc.assert(
      fc.property(picks(KEEPING), (chosen) => {
        expect(commentsOf(run(start, chosen).text)).toEqual(commentsOf(start));
      }),
      { numRuns: 60 },
    );
  });

  test('give the same value whether applied to the commented file or to the plain one', () => {
    const plain = untranslated(builtin('first-watch.json'));
    fc.assert(
      fc.property(picks(ALL), (chosen) => {
        expect(jsonValue(run(commented(), chosen).text)).toEqual(jsonValue(run(plain, chosen).text));
      }),
      { numRuns: 40 },
    );
  });
});
