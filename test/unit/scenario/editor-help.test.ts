/**
 * What an instructor's editor shows, measured with VS Code's own JSON service: the repository's
 * .vscode/settings.json maps real files to the committed schemas, and completion, hover and
 * checks at chosen places carry the schema's help.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import {
  type CompletionItem,
  type Diagnostic,
  getLanguageService,
  type Hover,
  type Position,
  TextDocument,
} from 'vscode-json-languageservice';

const ROOT = new URL('../../../', import.meta.url);

interface SchemaSetting {
  fileMatch: string[];
  url: string;
}
const settings = parse(readFileSync(new URL('.vscode/settings.json', ROOT), 'utf8')) as {
  'json.schemas': SchemaSetting[];
  'files.associations': Record<string, string>;
};

/** The JSON service as VS Code runs it for this workspace: schemas read from disk, mapped by the settings. */
function service() {
  const json = getLanguageService({
    schemaRequestService: async (uri) => readFileSync(new URL(uri), 'utf8'),
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  json.configure({
    validate: true,
    schemas: settings['json.schemas'].map((s) => ({
      uri: new URL(s.url, ROOT).href,
      fileMatch: s.fileMatch,
      folderUri: ROOT.href,
    })),
  });
  return json;
}

/** A file of the repository as an editor opens it (plain "json": the schema alone must allow comments). */
function open(path: string, edit: (text: string) => string = (t) => t): TextDocument {
  const text = edit(readFileSync(new URL(path, ROOT), 'utf8'));
  return TextDocument.create(new URL(path, ROOT).href, 'json', 1, text);
}

/** The position `into` characters into the `nth` occurrence of `needle`. */
function at(doc: TextDocument, needle: string, into = 1, nth = 0): Position {
  const text = doc.getText();
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`"${needle}" not found in ${doc.uri}`);
  return doc.positionAt(offset + into);
}

/** Hover text without the Markdown escapes the service adds to plain descriptions. */
function hoverText(hover: Hover | null): string {
  const contents = hover?.contents;
  const parts = Array.isArray(contents) ? contents : contents ? [contents] : [];
  return parts
    .map((p) => (typeof p === 'string' ? p : p.value))
    .join('\n')
    .replace(/\\(.)/g, '$1')
    .replace(/&nbsp;/g, ' ');
}

async function hover(doc: TextDocument, position: Position): Promise<string> {
  const json = service();
  return hoverText(await json.doHover(doc, position, json.parseJSONDocument(doc)));
}

async function complete(doc: TextDocument, position: Position): Promise<Map<string, CompletionItem>> {
  const json = service();
  const list = await json.doComplete(doc, position, json.parseJSONDocument(doc));
  return new Map((list?.items ?? []).map((item) => [item.label, item]));
}

async function diagnostics(doc: TextDocument): Promise<Diagnostic[]> {
  const json = service();
  return json.doValidation(doc, json.parseJSONDocument(doc));
}

const documentation = (item: CompletionItem | undefined) =>
  typeof item?.documentation === 'string' ? item.documentation : (item?.documentation?.value ?? '');

const RICH = 'test/fixtures/scenarios/rich.jsonc';
const BUILT_IN = 'assets/scenarios/first-watch.json';
const RUN = 'test/fixtures/runs/first-watch.trainee.json';

describe('editor help through the JSON language service', () => {
  it('a scenario with comments and trailing commas, and a recorded run, show no problem at all', async () => {
    expect(open(RICH).getText()).toMatch(/\/\/ trailing commas are accepted/);
    expect(await diagnostics(open(RICH))).toEqual([]);
    expect(open(BUILT_IN).getText()).toMatch(/^\/\//);
    expect(await diagnostics(open(BUILT_IN))).toEqual([]);
    expect(await diagnostics(open(RUN))).toEqual([]);
  });

  it('hover on a field name shows its description', async () => {
    const doc = open(BUILT_IN);
    expect(await hover(doc, at(doc, '"durationSec"'))).toContain('When play ends');
    expect(await hover(doc, at(doc, '"observeRange"'))).toContain('Cells the trainee can see in clear daylight');
  });

  it('hover on difficulty and on its value shows the field and what the value means', async () => {
    const doc = open(RICH);
    expect(await hover(doc, at(doc, '"difficulty"'))).toContain('How hard it is');
    const text = await hover(doc, at(doc, '"intermediate"'));
    expect(text).toContain('How hard it is');
    expect(text).toContain('`intermediate`: Harder conditions or comms problems');
  });

  it('completion of the difficulty value offers every level with its meaning', async () => {
    const doc = open(RICH);
    const items = await complete(doc, at(doc, '"intermediate"'));
    expect([...items.keys()]).toEqual(expect.arrayContaining(['"intro"', '"basic"', '"intermediate"', '"advanced"']));
    expect(documentation(items.get('"intro"'))).toBe(
      'A first session: few contacts, good conditions, prompts along the way.',
    );
    expect(documentation(items.get('"advanced"'))).toContain('Many contacts at once');
  });

  it("a contact's truth: hover explains the value, completion offers each truth with its meaning", async () => {
    const doc = open(RICH);
    const place = at(doc, '"truth": "hobbyist"', '"truth": "h'.length);
    const text = await hover(doc, place);
    expect(text).toContain('What it really is');
    expect(text).toContain('`hobbyist`: Air: a drone that passes by and keeps its distance');
    const items = await complete(doc, place);
    expect(documentation(items.get('"operator"'))).toBe('Ground: the person flying a drone ("possible-operator").');
    expect(documentation(items.get('"bird"'))).toContain('Reporting it is a false report');
  });

  it("field completion inside a contact's cues lists the cues with their help", async () => {
    const doc = open(RICH, (t) => t.replace('"cues": { "type": "bird", "size": "medium" }', '"cues": {  }'));
    const items = await complete(doc, at(doc, '"cues": {  }', '"cues": { '.length));
    expect(documentation(items.get('altitude'))).toBe('Air: how high it flies (default low).');
    expect(documentation(items.get('behavior'))).toContain('behaviour, never identity');
  });

  it('a new inject: completion of its type offers every type with its meaning; hover explains a type', async () => {
    const doc = open(RICH, (t) => t.replace('"injects": [', '"injects": [\n    { "id": "new", "type": "" },'));
    const items = await complete(doc, at(doc, '"type": ""', '"type": "'.length));
    expect([...items.keys()].sort()).toEqual([
      '"comms"',
      '"conditions"',
      '"discussion"',
      '"end"',
      '"message"',
      '"probe"',
    ]);
    expect(documentation(items.get('"probe"'))).toBe(
      'Play freezes and the map hides until the trainee answers a question.',
    );
    expect(documentation(items.get('"end"'))).toBe('Play ends.');
    const text = await hover(doc, at(doc, '"type": "discussion"', '"type": "d'.length));
    expect(text).toContain('The type: message, conditions, comms, probe, discussion, end.');
    expect(text).toContain('`discussion`: A tabletop question');
  });

  it('a report field that says "unknown": hover shows the field and what "unknown" means', async () => {
    const doc = open(RUN, (t) => t.replace('"size": "small"', '"size": "unknown"'));
    const text = await hover(doc, at(doc, '"size": "unknown"', '"size": "u'.length));
    expect(text).toContain('Size: small, medium, large or "unknown".');
    expect(text).toContain('`unknown`: Not observed');
  });

  it("an action script's fields and values: classification and channel", async () => {
    const doc = open(RUN);
    expect(await hover(doc, at(doc, '"as"'))).toContain('The classification.');
    const text = await hover(doc, at(doc, '"as": "unknown-uas"', '"as": "u'.length));
    expect(text).toContain('`unknown-uas`: Air: a drone that passes by and keeps its distance (truth "hobbyist")');
    const items = await complete(doc, at(doc, '"channel": "primary"', '"channel": "p'.length));
    expect(documentation(items.get('"alternate"'))).toContain('alternate reporting channel');
    expect(await hover(doc, at(doc, '"timeFirstSeen"'))).toContain('Time first seen');
  });

  it('a wrong value gets a schema diagnostic at its place, naming the values allowed', async () => {
    const doc = open(RICH, (t) => t.replace('"difficulty": "intermediate"', '"difficulty": "hard"'));
    const found = await diagnostics(doc);
    expect(found).toHaveLength(1);
    const [problem] = found;
    expect(doc.getText(problem.range)).toBe('"hard"');
    expect(problem.range.start).toEqual(at(doc, '"hard"', 0));
    expect(problem.message).toMatch(/intro.*basic.*intermediate.*advanced/);
  });

  it('a nested wrong value in a run is found in its action', async () => {
    const doc = open(RUN, (t) => t.replace('"as": "unknown-uas"', '"as": "drone"'));
    const [problem, ...more] = await diagnostics(doc);
    expect(more).toEqual([]);
    expect(doc.getText(problem.range)).toBe('"drone"');
    expect(problem.message).toContain('suspicious-uas');
  });

  it('the settings colour the mapped .json files as JSON with comments', () => {
    const globs = Object.entries(settings['files.associations']);
    expect(globs.every(([, language]) => language === 'jsonc')).toBe(true);
    for (const pattern of settings['json.schemas'].flatMap((s) => s.fileMatch.filter((p) => p.endsWith('.json')))) {
      expect(settings['files.associations']).toHaveProperty([`**/${pattern}`]);
    }
  });
});
