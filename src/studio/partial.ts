/**
 * A best-effort reading of a scenario text for the map and lists: whatever can be read is kept,
 * even when the text has syntax errors or invalid fields, so the views stay drawn while typing.
 */
import { type ParseError, parse } from 'jsonc-parser';
import { offsetToMs } from '../scenario';

/** A waypoint as far as it could be read; `atMs` is null when its time is missing or malformed. */
export interface PartialWaypoint {
  at: string | number | null;
  atMs: number | null;
  cell: string | null;
  activity: string | null;
}

/** A list item as far as it could be read: its position in the list, its id ("" when none) and its fields. */
export interface PartialItem {
  index: number;
  id: string;
  value: Record<string, unknown>;
}

/** A contact as far as it could be read. */
export interface PartialContact extends PartialItem {
  domain: string | null;
  truth: string | null;
  label: string | null;
  path: PartialWaypoint[];
}

/** An inject as far as it could be read; `atMs` is null for an inject without a readable "at". */
export interface PartialInject extends PartialItem {
  type: string | null;
  atMs: number | null;
}

/** Everything the map and lists can show of a text, whatever its problems. */
export interface PartialScenario {
  /** Whether the text was read without syntax errors. */
  readable: boolean;
  title: string;
  durationMs: number | null;
  startClock: string | null;
  conditions: Record<string, unknown>;
  terrain: string[];
  perimeter: string[];
  post: { cell: string | null; name: string; observeRange: number | null } | null;
  team: (PartialItem & { cell: string | null; name: string })[];
  sectors: (PartialItem & { cells: string[]; name: string })[];
  contacts: PartialContact[];
  injects: PartialInject[];
  objectives: PartialItem[];
  briefing: Record<string, unknown>;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const obj = (v: unknown): Obj => (isObj(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ms = (v: unknown): number | null => (typeof v === 'string' || typeof v === 'number' ? offsetToMs(v) : null);
/** Cells written as a cell, a range or a list of both, as a list. */
const cellList = (v: unknown): string[] => (typeof v === 'string' ? [v] : list(v).filter((x) => typeof x === 'string'));

function item(v: unknown, index: number): PartialItem {
  const value = obj(v);
  return { index, id: str(value.id) ?? '', value };
}

function waypoint(v: unknown): PartialWaypoint {
  const w = obj(v);
  const at = typeof w.at === 'string' || typeof w.at === 'number' ? w.at : null;
  return { at, atMs: ms(at), cell: str(w.cell), activity: str(w.activity) };
}

/** Reads what it can of a scenario text (comments and trailing commas allowed, syntax errors tolerated). */
export function readPartial(text: string): PartialScenario {
  const errors: ParseError[] = [];
  const root = obj(parse(text, errors, { allowTrailingComma: true, disallowComments: false }));
  const map = obj(root.map);
  const post = isObj(root.post) ? root.post : null;
  return {
    readable: errors.length === 0,
    title: str(root.title) ?? '',
    durationMs: ms(root.durationSec),
    startClock: str(root.startClock),
    conditions: obj(root.conditions),
    terrain: list(map.terrain).map((r) => (typeof r === 'string' ? r : '')),
    perimeter: cellList(map.perimeter),
    post: post && { cell: str(post.cell), name: str(post.name) ?? '', observeRange: num(post.observeRange) },
    team: list(root.team).map((v, i) => ({ ...item(v, i), cell: str(obj(v).cell), name: str(obj(v).name) ?? '' })),
    sectors: list(root.sectors).map((v, i) => ({
      ...item(v, i),
      cells: cellList(obj(v).cells),
      name: str(obj(v).name) ?? '',
    })),
    contacts: list(root.contacts).map((v, i) => {
      const c = obj(v);
      return {
        ...item(v, i),
        domain: str(c.domain),
        truth: str(c.truth),
        label: str(c.label),
        path: list(c.path).map(waypoint),
      };
    }),
    injects: list(root.injects).map((v, i) => ({ ...item(v, i), type: str(obj(v).type), atMs: ms(obj(v).at) })),
    objectives: list(root.objectives).map(item),
    briefing: obj(root.briefing),
  };
}
