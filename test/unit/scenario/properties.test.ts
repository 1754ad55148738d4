/** fast-check: the parser never throws, whatever it is given, and every problem points inside the text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario, hashScenario, parseActionScript, parseScenario } from '../../../src/scenario/index';
import type { Problem } from '../../../src/scenario/result';
import { fixture, fixtureText, insideText } from './helpers';

/** Why a problem is malformed, or null. Plain checks (no expect) keep thousands of runs fast. */
function malformed(source: string, p: Problem): string | null {
  if (!insideText(source, p)) return `${p.line}:${p.column} is outside the text`;
  if (p.message.length === 0 || /[\r\n]/.test(p.message)) return 'message empty or on several lines';
  if (!/^[a-z-]+$/.test(p.code)) return `bad code ${p.code}`;
  if ((p.pointer === null) !== (p.code === 'syntax')) return `only a syntax error has no pointer: ${p.pointer}`;
  if (p.pointer && !p.pointer.startsWith('/')) return `bad pointer ${p.pointer}`;
  if (p.severity !== 'error' && p.severity !== 'warning') return `bad severity ${p.severity}`;
  if (p.code === 'internal') return `internal error: ${p.message}`;
  return null;
}

function assertWellFormed(source: string, problems: Problem[]): void {
  for (const p of problems) {
    const why = malformed(source, p);
    if (why) throw new Error(`${why}: ${JSON.stringify(p)}`);
  }
}

function parsesSafely(source: string): void {
  const check = checkScenario(source);
  assertWellFormed(source, check.problems);
  const parsed = parseScenario(source);
  if (parsed.ok !== (check.scenario !== null)) throw new Error('parseScenario and checkScenario disagree');
  if (!parsed.ok && !parsed.error.some((p) => p.severity === 'error')) throw new Error('failed without an error');
  if (!/^[0-9a-f]{16}$/.test(hashScenario(source))) throw new Error('bad hash');
  const script = parseActionScript(source);
  if (!script.ok) assertWellFormed(source, script.error);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Step = string | number;

/** Every path to a value inside a JSON value. */
function paths(value: Json, prefix: Step[] = []): Step[][] {
  const out: Step[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function at(value: Json, path: Step[]): Json {
  return path.reduce<Json>((v, k) => (v as Record<string, Json>)[k], value);
}

type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'replace'; pick: number; value: Json }
  | { kind: 'duplicate'; pick: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>('', 'c2', 'E5', 'A1:Z99', '2:30', -1, 0, 1.5, 99, true, null, [], {}),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
);

/** Applies mutations to a copy: delete a key or item, replace a value, or duplicate a list item (ids too). */
function mutate(base: Json, mutations: Mutation[]): Json {
  const doc = structuredClone(base) as Json;
  for (const m of mutations) {
    const all = paths(doc).filter((p) => p.length > 0);
    if (all.length === 0) break;
    const path = all[m.pick % all.length];
    const parent = at(doc, path.slice(0, -1)) as Record<Step, Json> | Json[];
    const key = path[path.length - 1];
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (m.kind === 'replace') {
      (parent as Record<Step, Json>)[key] = m.value;
    } else if (Array.isArray(parent)) {
      parent.push(structuredClone(parent[key as number]));
    }
  }
  return doc;
}

describe('parser properties', { timeout: 60_000 }, () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), parsesSafely), { numRuns: 300 });
  });

  it('never throws on arbitrary unicode and binary-looking text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesSafely), { numRuns: 200 });
  });

  it('never throws on text built from JSON punctuation and comments', () => {
    const piece = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '//',
      '/*',
      '*/',
      '\n',
      '\r\n',
      ' ',
      '1',
      'true',
      '"id"',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => parsesSafely(parts.join(''))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => parsesSafely(JSON.stringify(value, null, 2) ?? 'null')),
      { numRuns: 200 },
    );
  });

  it('never throws on objects that look like scenarios', () => {
    const scenarioish = fc.record(
      {
        schemaVersion: fc.constantFrom<Json>(1, 2, '1', 0),
        id: fc.string(),
        title: fc.string(),
        durationSec: fc.oneof(fc.integer(), fc.string()),
        map: fc.record({ terrain: fc.array(fc.string({ maxLength: 30 }), { maxLength: 30 }) }),
        post: fc.record({ cell: fc.string({ maxLength: 4 }), name: fc.string(), observeRange: fc.double() }),
        contacts: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }),
        injects: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }),
        objectives: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(scenarioish, (value) => parsesSafely(JSON.stringify(value))),
      { numRuns: 200 },
    );
  });

  for (const name of ['minimal.json', 'rich.jsonc'] as const) {
    it(`never throws on random mutations of ${name}`, () => {
      const base = fixture(name) as Json;
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), (mutations, pretty) => {
          const doc = mutate(base, mutations);
          parsesSafely(pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));
        }),
        { numRuns: 250 },
      );
    });
  }

  it('never throws when the rich fixture text is cut short anywhere', () => {
    const source = fixtureText('rich.jsonc');
    fc.assert(
      fc.property(fc.nat({ max: source.length }), (n) => parsesSafely(source.slice(0, n))),
      { numRuns: 150 },
    );
  });

  it('gives the same scenario and hash however the file is laid out', () => {
    const base = fixture('rich.jsonc') as Json;
    const expected = parseScenario(fixtureText('rich.jsonc'));
    fc.assert(
      fc.property(fc.nat(8), (indent) => {
        const source = `// comment\n${JSON.stringify(base, null, indent)}\n/* end */`;
        const parsed = parseScenario(source);
        expect(parsed).toEqual(expected);
        expect(hashScenario(source)).toBe(hashScenario(fixtureText('rich.jsonc')));
      }),
      { numRuns: 9 },
    );
  });
});
