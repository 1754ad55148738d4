/** hashScenario: stable, short, content-based; FNV-1a 64 matches the published test vectors. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv1a64, hashScenario } from '../../../src/scenario/index';
import { fixture, fixtureText, text } from './helpers';

describe('fnv1a64', () => {
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to %s', (input, expected) => {
    expect(fnv1a64(input)).toBe(expected);
  });

  it('hashes UTF-8 bytes, so non-ASCII text is stable', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('😀')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('hashScenario', () => {
  const base = hashScenario(fixtureText('rich.jsonc'));

  it('is 16 hex digits and the same every time', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(hashScenario(fixtureText('rich.jsonc'))).toBe(base);
  });

  it('ignores comments, layout, key order and $schema', () => {
    const f = fixture('rich.jsonc');
    expect(hashScenario(text(f))).toBe(base);
    expect(hashScenario(JSON.stringify(f))).toBe(base);
    const { $schema: _, ...rest } = f;
    expect(hashScenario(JSON.stringify(rest))).toBe(base);
    const reordered = Object.fromEntries(Object.entries(f).reverse());
    expect(hashScenario(JSON.stringify(reordered))).toBe(base);
  });

  it('changes when any value changes', () => {
    const f = fixture('rich.jsonc');
    f.contacts[1].path[1].at = '4:31';
    expect(hashScenario(text(f))).not.toBe(base);
  });

  it('hashes text that is not JSON as it stands', () => {
    expect(hashScenario('{ not json')).toBe(fnv1a64('{ not json'));
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});
