/** Reading the text: comments, trailing commas, syntax errors with positions, line endings, BOM, migration. */
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, checkScenario, formatProblem, migrate } from '../../../src/scenario/index';
import { fixtureText, only, problemsOf } from './helpers';

const minimal = fixtureText('minimal.json');

describe('reading scenario text', () => {
  it('accepts // and /* */ comments and trailing commas', () => {
    const source = minimal
      .replace('{\n', '{ // a comment\n /* a block\n comment */\n')
      .replace('"observeRange": 3 }', '"observeRange": 3, }');
    expect(checkScenario(source)).toMatchObject({ problems: [] });
    expect(checkScenario(source).scenario).not.toBeNull();
  });

  it('reports an unclosed block comment where it ends', () => {
    const source = `${minimal}\n/* unfinished`;
    const p = only(problemsOf(source), 'syntax');
    expect(p.message).toMatch(/comment is not closed — end it with \*\//);
    expect(p.pointer).toBeNull();
    expect(p.line).toBe(minimal.split('\n').length + 1);
  });

  it('reports a missing comma at the next value', () => {
    const source = '{\n  "schemaVersion": 1\n  "id": "x"\n}';
    const p = only(problemsOf(source), 'syntax');
    expect(p).toMatchObject({ line: 3, column: 3, pointer: null });
    expect(p.message).toBe('expected "," between items (found "id")');
  });

  it('prints a syntax error at its line and column, with no pointer (there is no value to point at)', () => {
    const [p] = problemsOf('{\n  "schemaVersion": 1\n  "id": "x"\n}');
    expect(formatProblem('F.json', p)).toBe('F.json:3:3 expected "," between items (found "id")');
    expect(formatProblem('F.json', { ...p, code: 'bad-cell', pointer: '' })).toMatch(/^F\.json:3:3 \/ expected/);
    expect(formatProblem('F.json', { ...p, pointer: '/post/cell' })).toMatch(/^F\.json:3:3 \/post\/cell expected/);
  });

  it('names a long text found where a comma belongs by its start', () => {
    const [p] = problemsOf(`{ "title": "x" "${'a'.repeat(40)}": 1 }`);
    expect(p.message).toBe(`expected "," between items (found "${'a'.repeat(23)}…")`);
  });

  it('reports single quotes as needing double quotes', () => {
    const [p] = problemsOf("{ 'schemaVersion': 1 }");
    expect(p).toMatchObject({ code: 'syntax', line: 1, column: 3 });
    expect(p.message).toMatch(/need double quotes/);
  });

  it('reports only the first syntax error on a line (the rest are knock-on effects)', () => {
    expect(problemsOf('{ "a": 1,, "b": }')).toHaveLength(1);
  });

  it('reports an empty file', () => {
    expect(problemsOf('   \n')).toMatchObject([
      { code: 'syntax', message: expect.stringMatching(/the file is empty/) },
    ]);
  });

  it('counts lines the same with \\r\\n and \\r line endings', () => {
    const bad = minimal.replace('"B2"', '"B0"');
    const expected = only(problemsOf(bad), 'bad-cell');
    for (const eol of ['\r\n', '\r']) {
      const p = only(problemsOf(bad.replaceAll('\n', eol)), 'bad-cell');
      expect({ line: p.line, column: p.column }).toEqual({ line: expected.line, column: expected.column });
    }
  });

  it('ignores a byte-order mark when counting columns', () => {
    const bad = minimal.replace('"B2"', '"B0"');
    const expected = only(problemsOf(bad), 'bad-cell');
    const p = only(problemsOf(`\uFEFF${bad}`), 'bad-cell');
    expect(p.column).toBe(expected.column);
  });

  it('reports a field written twice at the second one', () => {
    const source = minimal.replace('"title": "Minimal scenario",', '"title": "A",\n  "title": "B",');
    const p = only(problemsOf(source), 'duplicate-key');
    expect(p).toMatchObject({ pointer: '/title', line: 5, column: 3 });
    expect(p.message).toMatch(/field "title" is written twice/);
  });

  it('keeps "__proto__" an ordinary unknown field', () => {
    const source = minimal.replace('"title"', '"__proto__": { "x": 1 },\n  "title"');
    const p = only(problemsOf(source), 'unknown-field');
    expect(p.pointer).toBe('/__proto__');
  });
});

describe('migrate', () => {
  it('leaves a current-version file as it is (v1 → v1)', () => {
    const file = { schemaVersion: 1, id: 'x' };
    expect(migrate(file)).toEqual({ ok: true, value: file });
    expect(CURRENT_SCHEMA_VERSION).toBe(1);
  });

  it.each([
    [{ schemaVersion: 2 }, 'unsupported-version', /newer/],
    [{ schemaVersion: 0 }, 'unsupported-version', /unknown schemaVersion 0/],
    [{ schemaVersion: 1.5 }, 'unsupported-version', /unknown schemaVersion 1.5/],
    [{}, 'missing-version', /add "schemaVersion": 1/],
    ['text', 'not-an-object', /one JSON object/],
  ])('rejects %j', (value, code, message) => {
    const r = migrate(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error[0].code).toBe(code);
      expect(r.error[0].message).toMatch(message);
    }
  });
});
