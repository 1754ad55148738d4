/** The committed JSON Schema files match what the zod schema generates, and describe the fixtures' fields. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../src/cli/schema';
import { scenarioSchema } from '../../../src/scenario/schema';
import { fixture } from './helpers';

const committed = (name: string) => readFileSync(new URL(`../../../assets/schema/${name}`, import.meta.url), 'utf8');

describe('JSON Schema files', () => {
  it.each(schemaFiles().map((f) => [f.name, f.text]))(
    '%s is up to date (run `npm run schema` if not)',
    (name, generated) => {
      expect(committed(name)).toBe(generated);
    },
  );

  it('the scenario schema names every top-level field, and the fixtures use only those', () => {
    const schema = JSON.parse(committed('scenario.schema.json'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/scenario\.schema\.json$/);
    expect(schema.title).toBe('Skywatch scenario');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(scenarioSchema.shape).sort());
    expect(schema.required).toEqual(['schemaVersion', 'id', 'title', 'durationSec', 'map', 'post', 'objectives']);
    for (const name of ['minimal.json', 'rich.jsonc'] as const) {
      const f = fixture(name);
      for (const key of Object.keys(f)) expect(schema.properties).toHaveProperty([key]);
      for (const key of schema.required) expect(f).toHaveProperty([key]);
    }
  });

  it('the action-script schema describes scripts', () => {
    const schema = JSON.parse(committed('action-script.schema.json'));
    expect(schema.title).toBe('Skywatch action script');
    expect(Object.keys(schema.properties).sort()).toEqual([
      '$schema',
      'actions',
      'scenario',
      'scenarioHash',
      'seed',
      'wallClock',
    ]);
    expect(schema.required).toEqual(['scenario', 'actions']);
  });

  it('the rich fixture points its $schema at the committed file', () => {
    const url = new URL(fixture('rich.jsonc').$schema, new URL('../../fixtures/scenarios/', import.meta.url));
    expect(JSON.parse(readFileSync(url, 'utf8')).title).toBe('Skywatch scenario');
  });
});
