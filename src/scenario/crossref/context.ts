/**
 * What the cross-reference checks work on: the scenario as far as it passed the schema (each
 * top-level field and each list item on its own, items mended where only optional parts are
 * wrong), plus every id written in each list and every well-formed waypoint time and cell.
 */
import { z } from 'zod';
import { isObject } from '../describe';
import {
  type ContactFile,
  cellSchema,
  contactSchema,
  type InjectFile,
  injectSchema,
  type ObjectiveFile,
  objectiveSchema,
  type ScenarioFile,
  scenarioSchema,
  sectorSchema,
  teamMemberSchema,
  timeOffsetSchema,
} from '../schema';
import { type Broken, mend } from './mend';

export const LISTS = ['contacts', 'injects', 'objectives', 'sectors', 'team'] as const;
export type ListName = (typeof LISTS)[number];

type Item<K extends ListName> = NonNullable<ScenarioFile[K]>[number];

/**
 * The valid parts of a scenario: top-level fields, the valid fields of an invalid object field
 * (a map whose perimeter is wrong still has its terrain), and list items, mended when only optional
 * fields are wrong (see mend.ts); items that cannot be mended are holes (undefined) so positions are kept.
 */
export type PartialFile = Omit<Partial<ScenarioFile>, ListName | 'map' | 'post'> & {
  map?: Partial<ScenarioFile['map']>;
  post?: Partial<ScenarioFile['post']>;
} & { [K in ListName]: (Item<K> | undefined)[] };

/** A waypoint's time and cell where each is well formed, whatever the rest of the waypoint and its contact. */
export interface WaypointParts {
  at?: number | string;
  cell?: string;
}

/** Everything the checks need, built once. */
export interface Ctx {
  file: PartialFile;
  /** Every string id written in each list, valid item or not, with its index. */
  ids: Record<ListName, { id: string; index: number }[]>;
  contacts: Map<string, ContactFile>;
  injects: Map<string, InjectFile>;
  objectives: Map<string, ObjectiveFile>;
  /** Map size when the terrain is usable, else null (cells are then not checked against it). */
  dims: { cols: number; rows: number } | null;
  /** Optional fields left out of mended items because they were written wrong: not "absent". */
  broken: Broken;
  /** Each contact's waypoints by position (also of contacts that failed the schema), for order and map checks. */
  paths: WaypointParts[][];
}

const ITEM_SCHEMAS = {
  contacts: contactSchema,
  injects: injectSchema,
  objectives: objectiveSchema,
  sectors: sectorSchema,
  team: teamMemberSchema,
};

/** The parts of `raw` that pass the schema on their own (or mended), keeping list positions. */
export function salvage(raw: Record<string, unknown>): { file: PartialFile; broken: Broken } {
  const out: Record<string, unknown> = {};
  const broken = new WeakMap<object, Set<string>>();
  for (const [key, schema] of Object.entries(scenarioSchema.shape)) {
    if (key in ITEM_SCHEMAS) {
      const list = raw[key];
      const itemSchema = ITEM_SCHEMAS[key as ListName];
      out[key] = Array.isArray(list) ? list.map((item) => mend(itemSchema, item, broken)) : [];
    } else if (raw[key] !== undefined) {
      const mended = mend(schema, raw[key], broken);
      if (mended !== undefined) out[key] = mended;
      else if (isObject(raw[key])) out[key] = validFields(schema, raw[key], broken);
    }
  }
  return { file: out as PartialFile, broken };
}

/** The fields of an object that pass their own schema (or mend), when `schema` is an (optional) object schema. */
function validFields(
  schema: z.ZodType,
  value: Record<string, unknown>,
  broken: WeakMap<object, Set<string>>,
): Record<string, unknown> | undefined {
  const inner = schema instanceof z.ZodOptional ? schema.unwrap() : schema;
  if (!(inner instanceof z.ZodObject)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    const mended = value[key] === undefined ? undefined : mend(field, value[key], broken);
    if (mended !== undefined) out[key] = mended;
  }
  return out;
}

/** A PartialFile view of a file that passed the schema whole. */
export function whole(file: ScenarioFile): PartialFile {
  return {
    ...file,
    contacts: file.contacts ?? [],
    injects: file.injects ?? [],
    objectives: file.objectives,
    sectors: file.sectors ?? [],
    team: file.team ?? [],
  };
}

function rawIds(raw: Record<string, unknown>, list: ListName): { id: string; index: number }[] {
  const items = raw[list];
  if (!Array.isArray(items)) return [];
  return items.flatMap((item, index) =>
    isObject(item) && typeof item.id === 'string' ? [{ id: item.id, index }] : [],
  );
}

function byId<T extends { id: string }>(items: (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (item && !map.has(item.id)) map.set(item.id, item);
  return map;
}

function pathsOf(raw: Record<string, unknown>): WaypointParts[][] {
  const contacts = Array.isArray(raw.contacts) ? raw.contacts : [];
  return contacts.map((contact) => {
    const path = isObject(contact) && Array.isArray(contact.path) ? contact.path : [];
    return path.map((w) => {
      if (!isObject(w)) return {};
      const at = timeOffsetSchema.safeParse(w.at);
      const cell = cellSchema.safeParse(w.cell);
      return { ...(at.success ? { at: at.data } : {}), ...(cell.success ? { cell: cell.data } : {}) };
    });
  });
}

function dimsOf(file: PartialFile): Ctx['dims'] {
  const terrain = file.map?.terrain;
  if (!terrain || terrain.length === 0) return null;
  return { cols: Math.min(Array.from(terrain[0]).length, 26), rows: terrain.length };
}

/** The checks' context for a raw (migrated) document and its valid parts (with the fields mending left out). */
export function context(raw: Record<string, unknown>, file: PartialFile, broken: Broken = new WeakMap()): Ctx {
  const ids = Object.fromEntries(LISTS.map((l) => [l, rawIds(raw, l)])) as Ctx['ids'];
  return {
    file,
    ids,
    contacts: byId(file.contacts),
    injects: byId(file.injects),
    objectives: byId(file.objectives),
    dims: dimsOf(file),
    broken,
    paths: pathsOf(raw),
  };
}

/** Whether any of these fields of a (mended) item was written but left out as malformed: then it is not absent. */
export function isBroken(ctx: Ctx, item: object, ...keys: string[]): boolean {
  const lost = ctx.broken.get(item);
  return lost !== undefined && keys.some((k) => lost.has(k));
}

/** Calls `fn` for each valid item of a list with its index. */
export function each<T>(items: (T | undefined)[], fn: (item: T, index: number) => void): void {
  items.forEach((item, index) => {
    if (item !== undefined) fn(item, index);
  });
}
