/** Over-deep nesting is refused with a plain message before any recursive step reads the text. */
import { describe, expect, it } from 'vitest';
import { parseActionScript } from '../../../src/scenario/actionScript';
import { firstTooDeep } from '../../../src/scenario/depth';
import { fnv1a64, hashScenario } from '../../../src/scenario/hash';
import { MAX_DEPTH } from '../../../src/scenario/limits';
import { checkScenario } from '../../../src/scenario/parse';
import { fixture } from './helpers';

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('nesting depth', () => {
  it('a scenario with thousands of "[" is refused as too deep, at the first bracket past the limit', () => {
    const f = fixture('minimal.json');
    const source = JSON.stringify({ ...f, briefing: { notes: ['x'] } }).replace('["x"]', nested(5000));
    const problems = checkScenario(source).problems;
    expect(problems.map((p) => p.code)).toEqual(['too-deep']);
    expect(problems[0].message).toMatch(new RegExp(`more than ${MAX_DEPTH} levels`));
    // the scenario object and "briefing" are two levels, so the list's (MAX_DEPTH - 1)th "[" is one too many
    expect(problems[0].line).toBe(1);
    expect(problems[0].column).toBe(source.indexOf('[[') + MAX_DEPTH - 1);
  });

  it('an action script nested too deep is refused the same way', () => {
    const r = parseActionScript(`{ "scenario": "s", "actions": ${nested(10_000)} }`);
    expect(r.ok ? [] : r.error.map((p) => p.code)).toEqual(['too-deep']);
  });

  it('hashing an over-deep text hashes the text as it stands instead of overflowing the stack', () => {
    const deep = nested(100_000);
    expect(hashScenario(deep)).toBe(fnv1a64(deep));
  });

  it('exactly the limit is read; one more level is refused', () => {
    expect(firstTooDeep(nested(MAX_DEPTH))).toBe(-1);
    expect(firstTooDeep(nested(MAX_DEPTH + 1))).toBe(MAX_DEPTH);
    expect(checkScenario(nested(MAX_DEPTH)).problems.map((p) => p.code)).toEqual(['not-an-object']);
  });

  it('brackets inside text and comments do not count', () => {
    const many = '['.repeat(200);
    expect(firstTooDeep(`{ "a": "${many}\\"${many}", // ${many}\n /* ${many} */ "b": [] }`)).toBe(-1);
  });
});
