import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadLibrary, openFile } from '../../../src/store/actions';
import { session } from '../../../src/store/session';

const minimal = JSON.parse(readFileSync('test/fixtures/scenarios/minimal.json', 'utf8'));
const file = (id: string, difficulty: string, durationSec: number) =>
  JSON.stringify({ ...minimal, id, title: id, difficulty, durationSec });

test('the library lists scenarios easiest first, then shortest, and lists broken files as problems', () => {
  loadLibrary({
    'c.json': file('hard-short', 'advanced', 60),
    'a.json': file('basic-long', 'basic', 900),
    'b.json': file('intro-long', 'intro', 900),
    'd.json': file('basic-short', 'basic', 300),
    'e.json': '{ "schemaVersion": 1 ',
  });
  const { library, libraryProblems } = session.getState();
  expect(library.map((e) => e.scenario.id)).toEqual(['intro-long', 'basic-short', 'basic-long', 'hard-short']);
  expect(libraryProblems.length).toBeGreaterThan(0);
  expect(libraryProblems[0]).toMatch(/^e\.json:1:\d+ /);
});

test('a file opened in the browser shows a syntax error as the CLI prints it: line and column, no pointer', () => {
  const text = '{\n  "schemaVersion": 1\n  "id": "x"\n}';
  openFile('broken.json', text);
  expect(session.getState().fileProblems).toEqual({
    name: 'broken.json',
    lines: ['broken.json:3:3 expected "," between items (found "id")'],
    text,
  });
});
