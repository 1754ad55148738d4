/** One test per kind of shape error: pointer, line, column, code, and a message that names the fix. */
import { describe, expect, it } from 'vitest';
import { fixture, type Mutation, only, posOf, problemsOf, text } from './helpers';

interface Case {
  name: string;
  mutate: Mutation;
  code: string;
  pointer: string;
  /** Where the problem points: the nth occurrence of this text, shifted by `shift` characters. */
  at: [needle: string, nth?: number, shift?: number];
  message: RegExp[];
}

const CASES: Case[] = [
  {
    name: 'a value outside an enum',
    mutate: (f) => {
      f.conditions = { light: 'Night' };
    },
    code: 'bad-value',
    pointer: '/conditions/light',
    at: ['"Night"'],
    message: [/expected one of: day, dusk, night/, /did you mean "night"/],
  },
  {
    name: 'an unknown field, with a suggestion',
    mutate: (f) => {
      f.post.observeRnage = 4;
    },
    code: 'unknown-field',
    pointer: '/post/observeRnage',
    at: ['"observeRnage"'],
    message: [/unknown field "observeRnage"/, /did you mean "observeRange"\?/],
  },
  {
    name: 'an unknown field, listing what is allowed',
    mutate: (f) => {
      f.conditions = { colour: 'red' };
    },
    code: 'unknown-field',
    pointer: '/conditions/colour',
    at: ['"colour"'],
    message: [/unknown field "colour"/, /light, visibility, wind/],
  },
  {
    name: 'a missing required field (points at the object that lacks it)',
    mutate: (f) => {
      delete f.post.name;
    },
    code: 'missing-field',
    pointer: '/post/name',
    at: ['"post": {', 1, 8],
    message: [/missing required field "name"/, /add it/],
  },
  {
    name: 'a value of the wrong type',
    mutate: (f) => {
      f.post.observeRange = '5';
    },
    code: 'wrong-type',
    pointer: '/post/observeRange',
    at: ['"5"'],
    message: [/expected a number, found "5"/],
  },
  {
    name: 'a malformed time offset',
    mutate: (f) => {
      f.durationSec = '2:3';
    },
    code: 'bad-time',
    pointer: '/durationSec',
    at: ['"2:3"'],
    message: [/"m:ss"/, /found "2:3"/],
  },
  {
    name: 'a negative time offset',
    mutate: (f) => {
      f.durationSec = -30;
    },
    code: 'out-of-range',
    pointer: '/durationSec',
    at: ['-30'],
    message: [/cannot be negative/],
  },
  {
    name: 'a time offset of the wrong type',
    mutate: (f) => {
      f.durationSec = true;
    },
    code: 'wrong-type',
    pointer: '/durationSec',
    at: ['true'],
    message: [/write a time offset as seconds \(150\)/, /found true/],
  },
  {
    name: 'a malformed cell',
    mutate: (f) => {
      f.post.cell = 'E0';
    },
    code: 'bad-cell',
    pointer: '/post/cell',
    at: ['"E0"'],
    message: [/column letter then a row number, e.g. "E5"/],
  },
  {
    name: 'a malformed range',
    mutate: (f) => {
      f.map.perimeter = ['A1:B'];
    },
    code: 'bad-cell',
    pointer: '/map/perimeter/0',
    at: ['"A1:B"'],
    message: [/a range \("A1:L3"\)/],
  },
  {
    name: 'a malformed id',
    mutate: (f) => {
      f.id = 'Dawn Patrol';
    },
    code: 'bad-id',
    pointer: '/id',
    at: ['"Dawn Patrol"'],
    message: [/lower-case letters, digits and "-"/],
  },
  {
    name: 'a malformed clock time',
    mutate: (f) => {
      f.startClock = '25:00';
    },
    code: 'bad-clock',
    pointer: '/startClock',
    at: ['"25:00"'],
    message: [/"HH:MM", 24-hour/],
  },
  {
    name: 'a newer schemaVersion',
    mutate: (f) => {
      f.schemaVersion = 2;
    },
    code: 'unsupported-version',
    pointer: '/schemaVersion',
    at: ['2,'],
    message: [/schemaVersion 2 is newer/, /update Skywatch/],
  },
  {
    name: 'a schemaVersion written as text',
    mutate: (f) => {
      f.schemaVersion = '1';
    },
    code: 'unsupported-version',
    pointer: '/schemaVersion',
    at: ['"1"'],
    message: [/"schemaVersion": 1 \(the number, without quotes\)/],
  },
  {
    name: 'a missing schemaVersion',
    mutate: (f) => {
      delete f.schemaVersion;
    },
    code: 'missing-version',
    pointer: '/schemaVersion',
    at: ['{'],
    message: [/add "schemaVersion": 1/],
  },
  {
    name: 'an unknown inject type',
    mutate: (f) => {
      f.injects = [{ id: 'i1', type: 'mesage', at: 10, from: 'x', text: 'y' }];
    },
    code: 'bad-value',
    pointer: '/injects/0/type',
    at: ['"mesage"'],
    message: [/expected one of: message, conditions, comms, probe, discussion, end/, /did you mean "message"/],
  },
  {
    name: 'an inject without a type',
    mutate: (f) => {
      f.injects = [{ id: 'i1', at: 10 }];
    },
    code: 'missing-field',
    pointer: '/injects/0/type',
    at: ['"injects": [', 1, 17],
    message: [/missing required field "type"/, /message, conditions/],
  },
  {
    name: 'a misspelt trigger',
    mutate: (f) => {
      f.injects = [{ id: 'i1', type: 'message', from: 'x', text: 'y', when: { detectd: 'c1' } }];
      f.contacts = [{ id: 'c1', domain: 'air', truth: 'bird', path: [{ at: 0, cell: 'A1' }] }];
    },
    code: 'unknown-field',
    pointer: '/injects/0/when/detectd',
    at: ['"detectd"'],
    message: [/unknown field "detectd"/, /did you mean "detected"/],
  },
  {
    name: 'an empty trigger',
    mutate: (f) => {
      f.injects = [{ id: 'i1', type: 'message', from: 'x', text: 'y', when: {} }];
    },
    code: 'missing-field',
    pointer: '/injects/0/when',
    at: ['{}'],
    message: [/a "when" trigger is one of/],
  },
  {
    name: 'a probe level out of range',
    mutate: (f) => {
      f.injects = [{ id: 'p1', type: 'probe', at: 300, question: 'q', choices: ['a', 'b'], answer: 0, level: 4 }];
    },
    code: 'bad-value',
    pointer: '/injects/0/level',
    at: ['"level": 4', 1, 9],
    message: [/level is 1 \(perception\), 2 \(comprehension\) or 3 \(projection\)/, /found 4/],
  },
  {
    name: 'too few probe choices',
    mutate: (f) => {
      f.injects = [{ id: 'p1', type: 'probe', at: 300, question: 'q', choices: ['a'], answer: 0, level: 1 }];
    },
    code: 'out-of-range',
    pointer: '/injects/0/choices',
    at: ['"choices": [', 1, 11],
    message: [/2 to 8 choices/],
  },
  {
    name: 'too many probe choices (more than an 8-point compass)',
    mutate: (f) => {
      const choices = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW', 'stationary'];
      f.injects = [{ id: 'p1', type: 'probe', at: 300, question: 'q', choices, answer: 0, level: 1 }];
    },
    code: 'out-of-range',
    pointer: '/injects/0/choices',
    at: ['"choices": [', 1, 11],
    message: [/2 to 8 choices \(8 fits an 8-point compass\)/],
  },
  {
    name: 'a contact selector that is neither a list nor air/ground/all',
    mutate: (f) => {
      f.objectives[0].rule = { type: 'detect', contacts: 'c1' };
    },
    code: 'wrong-type',
    pointer: '/objectives/0/rule/contacts',
    at: ['"c1"'],
    message: [/list contact ids \(\["c1", "c2"\]\) or write "air", "ground" or "all"/],
  },
  {
    name: 'an unknown rule type',
    mutate: (f) => {
      f.objectives[0].rule = { type: 'detection', contacts: 'all' };
    },
    code: 'bad-value',
    pointer: '/objectives/0/rule/type',
    at: ['"detection"'],
    message: [/expected one of: detect, classify/, /did you mean "detect"/],
  },
  {
    name: 'an empty title',
    mutate: (f) => {
      f.title = '';
    },
    code: 'out-of-range',
    pointer: '/title',
    at: ['""'],
    message: [/"title" cannot be empty/],
  },
];

describe('shape errors', () => {
  it.each(CASES)('$name', (c) => {
    const f = fixture('minimal.json');
    c.mutate(f);
    const source = text(f);
    const p = only(problemsOf(source), c.code);
    expect(p.pointer).toBe(c.pointer);
    expect(p.severity).toBe('error');
    const [needle, nth, shift] = c.at;
    expect({ line: p.line, column: p.column }).toEqual(posOf(source, needle, nth, shift));
    for (const m of c.message) expect(p.message).toMatch(m);
  });

  it('accepts a heading probe with the eight compass points as choices', () => {
    const f = fixture('minimal.json');
    f.contacts = [{ id: 'c1', domain: 'air', truth: 'hobbyist', path: [{ at: 0, cell: 'A1' }] }];
    const choices = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
    f.injects = [{ id: 'p1', type: 'probe', at: 300, question: 'q', choices, compute: { headingOf: 'c1' }, level: 3 }];
    expect(problemsOf(text(f)).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports every mistake at once', () => {
    const f = fixture('minimal.json');
    f.conditions = { light: 'Night' };
    f.post.colour = 'red';
    delete f.post.name;
    const problems = problemsOf(text(f));
    expect(problems.map((p) => p.code).sort()).toEqual(['bad-value', 'missing-field', 'unknown-field']);
  });

  it('reports shape and cross-reference mistakes together', () => {
    const f = fixture('rich.jsonc');
    f.conditions.light = 'Night';
    f.contacts[1].operator = 'nobody';
    f.injects[0].objectives = ['o-nope'];
    const problems = problemsOf(text(f));
    expect(problems.map((p) => p.code).sort()).toEqual(['bad-value', 'unknown-contact', 'unknown-objective']);
  });

  it('still checks cross-references when another item in the list is broken', () => {
    const f = fixture('rich.jsonc');
    f.contacts[0].cues.colour = 'brown';
    f.injects[1].compute = { sectorOf: 'c9' };
    const codes = problemsOf(text(f)).map((p) => p.code);
    expect(codes.sort()).toEqual(['unknown-contact', 'unknown-field']);
  });

  it('does not call a broken item missing when it is referenced', () => {
    const f = fixture('rich.jsonc');
    f.contacts[1].cues.colour = 'grey';
    expect(problemsOf(text(f)).map((p) => p.code)).toEqual(['unknown-field']);
  });
});
