/** Completion and hover help from the scenario JSON Schema, through vscode-json-languageservice, for CodeMirror. */
import { type Completion, type CompletionContext, type CompletionResult, snippet } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { hoverTooltip } from '@codemirror/view';
import {
  type CompletionItem,
  getLanguageService,
  InsertTextFormat,
  type MarkedString,
  type MarkupContent,
  TextDocument,
} from 'vscode-json-languageservice';
import { scenarioJsonSchema } from '../../scenario/jsonSchema';

const URI = 'inmemory://studio/scenario.json';
const SCHEMA_URI = 'inmemory://studio/scenario.schema.json';

let service: ReturnType<typeof getLanguageService> | null = null;

function languageService(): ReturnType<typeof getLanguageService> {
  if (service) return service;
  const schema = JSON.stringify(scenarioJsonSchema());
  // A file's own "$schema" (the built-ins name ../schema/scenario.schema.json) is answered with the same schema.
  service = getLanguageService({ schemaRequestService: async () => schema });
  service.configure({
    allowComments: true,
    validate: false,
    schemas: [{ uri: SCHEMA_URI, fileMatch: ['*'], schema: JSON.parse(schema) }],
  });
  return service;
}

let version = 0;
function documentOf(text: string): TextDocument {
  version++;
  return TextDocument.create(URI, 'jsonc', version, text);
}

/** Plain text of a documentation value (markdown kept as written). */
function plain(doc: string | MarkupContent | MarkedString | MarkedString[] | undefined): string {
  if (doc === undefined) return '';
  if (Array.isArray(doc)) return doc.map(plain).filter(Boolean).join('\n\n');
  if (typeof doc === 'string') return doc;
  return doc.value;
}

/** Markdown from the language service as plain words: links as their text, no code fences, no escapes. */
function tidy(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/```\w*\n?/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** A VS Code snippet ("$1", "${1:x}", "\\$") as CodeMirror writes it ("${1}", "${1:x}", "$"). */
function cmSnippet(text: string): string {
  return text.replace(/(?<!\\)\$(\d+)/g, '$${$1}').replace(/\\\$/g, '$');
}

function completionOf(item: CompletionItem, text: TextDocument): { from: number; to: number; c: Completion } {
  const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : null;
  const insert = edit?.newText ?? item.insertText ?? item.label;
  const from = edit ? text.offsetAt(edit.range.start) : -1;
  const to = edit ? text.offsetAt(edit.range.end) : -1;
  const info = tidy(plain(item.documentation) || item.detail || '');
  const apply = item.insertTextFormat === InsertTextFormat.Snippet ? snippet(cmSnippet(insert)) : insert;
  return {
    from,
    to,
    c: {
      label: item.filterText ?? item.label,
      displayLabel: item.label,
      detail: item.detail,
      info: info || undefined,
      apply,
    },
  };
}

/** CodeMirror completion source: keys and values from the schema, with their descriptions. */
export async function schemaCompletions(ctx: CompletionContext): Promise<CompletionResult | null> {
  const text = ctx.state.doc.toString();
  const doc = documentOf(text);
  const ls = languageService();
  const list = await ls.doComplete(doc, doc.positionAt(ctx.pos), ls.parseJSONDocument(doc));
  if (!list || list.items.length === 0) return null;
  const items = list.items.map((i) => completionOf(i, doc));
  const word = ctx.matchBefore(/"?[\w$-]*/);
  const from = items.find((i) => i.from >= 0)?.from ?? word?.from ?? ctx.pos;
  const to = items.find((i) => i.to >= 0)?.to;
  if (!ctx.explicit && !word && !/[:,[{]\s*$/.test(text.slice(Math.max(0, ctx.pos - 20), ctx.pos))) return null;
  return {
    from,
    to,
    options: items.map((i) => i.c),
    validFor: /^"?[\w$-]*"?$/,
  };
}

/** Hover help: the schema's description of the key or value under the pointer. */
export function schemaHover(): Extension {
  return hoverTooltip(async (view, pos) => {
    const doc = documentOf(view.state.doc.toString());
    const ls = languageService();
    const hover = await ls.doHover(doc, doc.positionAt(pos), ls.parseJSONDocument(doc));
    const text = hover ? tidy(plain(hover.contents)).trim() : '';
    if (!hover || !text) return null;
    const start = hover.range ? doc.offsetAt(hover.range.start) : pos;
    const end = hover.range ? doc.offsetAt(hover.range.end) : pos;
    return {
      pos: start,
      end,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'studio-hover';
        dom.textContent = text;
        return { dom };
      },
    };
  });
}
