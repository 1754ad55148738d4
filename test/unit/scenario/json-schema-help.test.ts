/** Every field and every choice in the exported JSON Schemas carries help text for the editor. */
import { describe, expect, it } from 'vitest';
import { schemaFiles } from '../../../src/cli/schema';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const described = (v: unknown) => isNode(v) && typeof v.description === 'string' && v.description.trim() !== '';

/**
 * The JSON pointers of what lacks help: a property without a description, an enum without one
 * `enumDescriptions` entry per value, a const without a description.
 */
function missingHelp(node: unknown, pointer = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => missingHelp(item, `${pointer}/${i}`));
  if (!isNode(node)) return [];
  const out: string[] = [];
  if (isNode(node.properties)) {
    for (const [key, value] of Object.entries(node.properties)) {
      if (!described(value)) out.push(`${pointer}/properties/${key}`);
    }
  }
  if (Array.isArray(node.enum)) {
    const texts = node.enumDescriptions;
    node.enum.forEach((value, i) => {
      const text = Array.isArray(texts) ? texts[i] : undefined;
      if (typeof text !== 'string' || text.trim() === '') out.push(`${pointer}/enum/${i} (${JSON.stringify(value)})`);
    });
    if (Array.isArray(texts) && texts.length !== node.enum.length) out.push(`${pointer}/enumDescriptions`);
  }
  if ('const' in node && !described(node)) out.push(`${pointer}/const (${JSON.stringify(node.const)})`);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'enum' && key !== 'enumDescriptions') out.push(...missingHelp(value, `${pointer}/${key}`));
  }
  return out;
}

describe('JSON Schema help', () => {
  it.each(schemaFiles().map((f) => [f.name, f.text]))('%s describes every property and every value', (_, text) => {
    const schema = JSON.parse(text);
    expect(missingHelp(schema)).toEqual([]);
  });

  it('the check names a property, an enum value and a const without help', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string', description: 'An a.' },
        b: { type: 'number' },
        c: { description: 'A c.', enum: ['x', 'y'], enumDescriptions: ['An x.'] },
        d: { description: 'A d.', anyOf: [{ const: 'unknown' }, { type: 'string', description: '' }] },
      },
    };
    expect(missingHelp(schema)).toEqual([
      '/properties/b',
      '/properties/c/enum/1 ("y")',
      '/properties/c/enumDescriptions',
      '/properties/d/anyOf/0/const ("unknown")',
    ]);
  });

  it('both schemas accept comments and trailing commas, as the scenario reader does', () => {
    for (const { text } of schemaFiles()) {
      expect(JSON.parse(text)).toMatchObject({ allowComments: true, allowTrailingCommas: true });
    }
  });
});
