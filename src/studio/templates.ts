/** Templates to start a scenario from: an empty map of a chosen size, or a copy of a built-in scenario. */
import { cellName } from '../scenario';
import { MAX_ID_LENGTH } from '../scenario/limits';
import { applyEdit } from './edits/apply';
import { nodeAt } from './edits/text';

/** The size and names of an empty scenario. */
export interface EmptyOptions {
  cols: number;
  rows: number;
  id?: string;
  title?: string;
}

/** The map sizes offered for a new scenario (columns × rows). */
export const MAP_SIZES: readonly { cols: number; rows: number }[] = [
  { cols: 8, rows: 6 },
  { cols: 12, rows: 8 },
  { cols: 16, rows: 10 },
  { cols: 20, rows: 14 },
  { cols: 26, rows: 26 },
];

/** A valid, commented scenario with an open map of cols × rows (1–26 each), the post in the middle and one objective. */
export function emptyScenario(options: EmptyOptions): string {
  const cols = Math.max(1, Math.min(26, Math.floor(options.cols)));
  const rows = Math.max(1, Math.min(26, Math.floor(options.rows)));
  const post = cellName({ c: Math.floor((cols - 1) / 2), r: Math.floor((rows - 1) / 2) });
  const terrain = Array.from({ length: rows }, () => `      ${JSON.stringify('.'.repeat(cols))}`).join(',\n');
  return `// A new scenario. The map and lists edit this file; comments you write here are kept.
{
  "schemaVersion": 1,
  "id": ${JSON.stringify(options.id ?? 'new-scenario')},
  "title": ${JSON.stringify(options.title ?? 'New scenario')},
  "summary": "",
  "difficulty": "basic",
  "durationSec": "10:00",
  "seed": 1,
  "startClock": "12:00",
  "conditions": { "light": "day", "visibility": "clear", "wind": "calm" },
  "map": {
    // One string per row, one character per cell: . open, = road, ~ water, # structure,
    // * vegetation, ^ high ground, - border line.
    "terrain": [
${terrain}
    ]
  },
  "post": { "cell": ${JSON.stringify(post)}, "name": "Post Alpha", "observeRange": 5 },
  "sectors": [],
  "briefing": {
    "situation": "",
    "mission": "",
    "reporting": { "primary": "Command net", "alternate": "Landline", "format": "SALUTE" }
  },
  // What moves on the map: drones, birds, people and vehicles, each with a path of waypoints.
  "contacts": [],
  // The events list, in time order: messages, probes, changes of conditions or comms.
  "injects": [],
  // What is scored. Every scenario needs at least one objective.
  "objectives": [
    {
      "id": "no-false-reports",
      "capability": "discipline",
      "text": "No reports on birds, authorized flights or empty ground.",
      "rule": { "type": "falseReports", "max": 0 }
    }
  ]
}
`;
}

/** A copy of a scenario text (a built-in one, say) with "-copy" added to its id and "(copy)" to its title; comments and layout kept. */
export function copyOfScenario(text: string): string {
  const id = nodeAt(text, ['id'])?.value;
  const title = nodeAt(text, ['title'])?.value;
  let out = text;
  if (typeof id === 'string')
    out = applyEdit(out, { kind: 'set', path: ['id'], value: `${id.slice(0, MAX_ID_LENGTH - 5)}-copy` });
  if (typeof title === 'string') out = applyEdit(out, { kind: 'set', path: ['title'], value: `${title} (copy)` });
  return out;
}
