/**
 * Ids that are names of built-in object properties ("constructor", "__proto__", …) are ordinary ids:
 * every built-in scenario with its ids renamed to them plays to its end with the same scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenario, parseScenario, readJsonc } from '../../../src/scenario';
import type { Scenario } from '../../../src/scenario/model';
import { score } from '../../../src/scoring';
import { POLICIES, runPolicy } from '../../../src/scoring/policies';
import { naming, PROPERTY_IDS, PROPERTY_NAMES, renameIds } from './renameIds';

const dir = join(import.meta.dirname, '../../../assets/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const texts = new Map(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

function parsed(text: string): Scenario {
  const r = parseScenario(text);
  if (!r.ok) throw new Error(r.error.map((p) => `${p.pointer} ${p.message}`).join('; '));
  return r.value;
}

/** What the perfect and idle policies score, objective by objective, and whether each played to the end. */
function outcome(sc: Scenario) {
  return (['perfect', 'idle'] as const).map((name) => {
    const run = runPolicy(sc, POLICIES[name]);
    const card = score(sc, run.state, run.stoppedAtProbe);
    return {
      ended: run.state.ended,
      overall: card.overall,
      objectives: card.objectives.map((o) => [o.score, o.rating]),
    };
  });
}

const originals = new Map<string, ReturnType<typeof outcome>>();
const original = (file: string) => {
  if (!originals.has(file)) originals.set(file, outcome(parsed(texts.get(file) ?? '')));
  return originals.get(file);
};

describe('ids named like built-in object properties', () => {
  it('every built-in scenario, its ids renamed in the file, parses and scores as before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(200), (file, offset) => {
        const value = readJsonc(texts.get(file) ?? '').value as Record<string, unknown>;
        const names = naming(value, PROPERTY_IDS, offset);
        const renamed = parsed(JSON.stringify(renameIds(value, names)));
        expect(renamed.injects.map((i) => i.id)).toEqual(
          parsed(texts.get(file) ?? '').injects.map((i) => names.get(i.id) ?? i.id),
        );
        expect(outcome(renamed)).toEqual(original(file));
      }),
      { numRuns: 10 },
    );
  }, 300_000);

  it('the engine and scoring treat "__proto__", "toString", … as ordinary ids too', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.nat(200), (file, offset) => {
        const sc = parsed(texts.get(file) ?? '');
        const renamed = renameIds(sc, naming(sc as never, PROPERTY_NAMES, offset));
        expect(outcome(renamed)).toEqual(original(file));
      }),
      { numRuns: 10 },
    );
  }, 300_000);

  it.each(['primary-down.json', 'guided-intro.json'])(
    '%s: "constructor" as the id of each inject in turn',
    (file) => {
      const value = readJsonc(texts.get(file) ?? '').value as Record<string, unknown>;
      const injects = (value.injects as unknown[]).length;
      for (let k = 0; k < injects; k++) {
        const names = naming(value, PROPERTY_IDS, PROPERTY_IDS.length - k);
        expect(outcome(parsed(JSON.stringify(renameIds(value, names)))), `inject ${k}`).toEqual(original(file));
      }
    },
    300_000,
  );
});

describe('"__proto__" in a file', () => {
  it('is an ordinary (unknown) field, never the prototype of what is read', () => {
    const read = readJsonc('{ "__proto__": { "polluted": true }, "a": [ { "__proto__": 1 } ] }');
    const value = read.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('as a field of a scenario object it is an unknown field; as an id it is a bad id', () => {
    const text = texts.get('first-watch.json') ?? '';
    const value = readJsonc(text).value as { post: object; contacts: { id: string }[] };
    const withField = JSON.stringify({ ...value, post: { ...value.post } }).replace(
      '"post":{',
      '"post":{"__proto__":{},',
    );
    const problems = checkScenario(withField).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.code, p.pointer])).toEqual([['unknown-field', '/post/__proto__']]);
    const withId = JSON.stringify(renameIds(value, new Map([[value.contacts[0].id, '__proto__']])));
    const idProblems = checkScenario(withId).problems.filter((p) => p.severity === 'error');
    expect(idProblems.map((p) => p.code)).toContain('bad-id');
    expect(idProblems.find((p) => p.code === 'bad-id')?.pointer).toBe('/contacts/0/id');
  });
});
