/** The docs stay true: every relative link points at a file that exists, and the format reference names every field. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { actionSchema, actionScriptSchema, reportSchema, scenarioSchema } from '../../src/scenario/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(ROOT, 'docs')).flatMap((n) => (n.endsWith('.md') ? [`docs/${n}`] : [])),
];

/** The targets of the Markdown links in a text (`[text](target)` and `[text]: target`), code left out. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const inline = [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const reference = [...prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]);
  return [...inline, ...reference];
}

/** The relative links of a doc whose file does not exist, as "doc → target". */
function brokenLinks(doc: string, markdown: string, exists: (path: string) => boolean): string[] {
  return linkTargets(markdown)
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t) && !t.startsWith('#'))
    .filter((t) => !exists(join(dirname(doc), decodeURIComponent(t.split('#')[0]))))
    .map((t) => `${doc} → ${t}`);
}

/** Every object field name in a zod schema, at any depth. */
function fieldNames(schema: z.ZodType, out = new Set<string>()): Set<string> {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return fieldNames(schema.unwrap() as z.ZodType, out);
  if (schema instanceof z.ZodArray) return fieldNames(schema.element as z.ZodType, out);
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) {
    for (const o of schema.options as z.ZodType[]) fieldNames(o, out);
  } else if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      out.add(key);
      fieldNames(field, out);
    }
  }
  return out;
}

describe('docs', () => {
  it('every relative Markdown link in README.md, CONTRIBUTING.md, CHANGELOG.md and docs/*.md points at a file that exists', () => {
    const broken = DOCS.flatMap((doc) =>
      brokenLinks(doc, readFileSync(join(ROOT, doc), 'utf8'), (p) => existsSync(join(ROOT, p))),
    );
    expect(broken).toEqual([]);
  });

  it('the link check finds a missing file and skips anchors, web addresses and code', () => {
    const sample = [
      'See [the format](format.md#top-level), [gone](../shared/SCENARIO-FORMAT.md), [web](https://example.org/x.md),',
      '[here](#conventions) and `[not a link](nope.md)`.',
      '[ref]: missing.md',
      '```',
      '[in code](also-nope.md)',
      '```',
    ].join('\n');
    const exists = (p: string) => p === join('docs', 'format.md');
    expect(brokenLinks('docs/authoring.md', sample, exists)).toEqual([
      'docs/authoring.md → ../shared/SCENARIO-FORMAT.md',
      'docs/authoring.md → missing.md',
    ]);
  });

  it('docs/format.md names every field of the scenario, report and action script schemas', () => {
    const format = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');
    const fields = new Set([
      ...fieldNames(scenarioSchema),
      ...fieldNames(reportSchema),
      ...fieldNames(actionSchema),
      ...fieldNames(actionScriptSchema),
    ]);
    expect([...fields]).toEqual(expect.arrayContaining(['label', 'minAccuracy', 'scenarioHash', 'contactWithin']));
    const missing = [...fields].filter((f) => !format.includes(`\`${f}\``) && !format.includes(`"${f}"`));
    expect(missing).toEqual([]);
  });

  it('README.md links the instructor docs', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(linkTargets(readme)).toEqual(expect.arrayContaining(['docs/authoring.md', 'docs/format.md']));
  });
});
