/**
 * Per-scenario data the engine computes once and caches (keyed by the Scenario object, which is
 * never changed): indexes by id, path segments, the line-of-sight table, sector membership.
 */
import { compassOf } from '../scenario/grid';
import type { Contact, Scenario } from '../scenario/model';
import type { Activity, Direction } from '../scenario/vocab';
import { losTable } from './los';

/** Sight range added when the post stands on `^` high ground. */
export const HIGH_GROUND_BONUS = 2;
/** Hearing range in cells by sound cue, before wind. */
export const SOUND_RANGE = { none: 0, faint: 2, loud: 4 } as const;
/** Sight multiplier by size (air) or kind (ground). */
export const SIZE_FACTOR = { small: 1, medium: 1.25, large: 1.5, person: 0.9, vehicle: 1.2 } as const;
/** Extra sight multiplier for an air group of at least GROUP_COUNT. */
export const GROUP_FACTOR = 1.15;
export const GROUP_COUNT = 3;

export interface PreparedContact {
  contact: Contact;
  /** Waypoint times (relative to the contact's clock) and positions. */
  times: number[];
  xs: number[];
  ys: number[];
  /** Heading and activity from waypoint i to i + 1 (the last entry: after the last waypoint). */
  headings: Direction[];
  activities: Activity[];
  /** Terrain between post and contact matters (ground, or low-altitude air). */
  lowLos: boolean;
  /** Air contact showing lights: light counts as day at dusk and night. */
  lit: boolean;
  sizeFactor: number;
  /** Hearing range before wind. */
  soundRange: number;
}

export interface Prepared {
  contacts: PreparedContact[];
  contactIndex: Map<string, number>;
  injectIndex: Map<string, number>;
  /** Inject id → indexes of the contacts it starts. */
  startedBy: Map<string, number[]>;
  cols: number;
  rows: number;
  postX: number;
  postY: number;
  highGround: number;
  /** Terrain factor for ground and low air contacts, per cell index r × cols + c. */
  los: Float64Array;
  /** Sector id → membership per cell index. */
  sectorMask: Map<string, Uint8Array>;
  /** Index of the first sector containing each cell, or -1. */
  sectorOfCell: Int32Array;
}

const cache = new WeakMap<Scenario, Prepared>();

/** The cached per-scenario data, computed on first use. */
export function prepared(scenario: Scenario): Prepared {
  let p = cache.get(scenario);
  if (!p) {
    p = prepare(scenario);
    cache.set(scenario, p);
  }
  return p;
}

function prepareContact(contact: Contact): PreparedContact {
  const n = contact.path.length;
  const headings: Direction[] = [];
  for (let i = 0; i < n; i++) {
    const a = contact.path[i].cell;
    const b = contact.path[i + 1]?.cell ?? a;
    headings.push(a.c === b.c && a.r === b.r ? 'stationary' : compassOf(b.c - a.c, b.r - a.r));
  }
  const air = contact.domain === 'air' ? contact.cues : null;
  const ground = contact.domain === 'ground' ? contact.cues : null;
  let sizeFactor: number = air ? SIZE_FACTOR[air.size] : SIZE_FACTOR[ground?.kind ?? 'person'];
  if (air && air.count >= GROUP_COUNT) sizeFactor *= GROUP_FACTOR;
  return {
    contact,
    times: contact.path.map((w) => w.atMs),
    xs: contact.path.map((w) => w.cell.c),
    ys: contact.path.map((w) => w.cell.r),
    headings,
    activities: contact.path.map((w) => w.activity),
    lowLos: !air || air.altitude === 'low',
    lit: air !== null && air.lights !== 'none',
    sizeFactor,
    soundRange: air ? SOUND_RANGE[air.sound] : 0,
  };
}

function prepare(scenario: Scenario): Prepared {
  const { map, post } = scenario;
  const cells = map.cols * map.rows;
  const sectorMask = new Map<string, Uint8Array>();
  const sectorOfCell = new Int32Array(cells).fill(-1);
  scenario.sectors.forEach((sector, si) => {
    const mask = new Uint8Array(cells);
    for (const { c, r } of sector.cells) {
      if (c < 0 || r < 0 || c >= map.cols || r >= map.rows) continue;
      const k = r * map.cols + c;
      mask[k] = 1;
      if (sectorOfCell[k] < 0) sectorOfCell[k] = si;
    }
    sectorMask.set(sector.id, mask);
  });
  const startedBy = new Map<string, number[]>();
  scenario.contacts.forEach((c, i) => {
    if (c.start !== null) startedBy.set(c.start, [...(startedBy.get(c.start) ?? []), i]);
  });
  return {
    contacts: scenario.contacts.map(prepareContact),
    contactIndex: new Map(scenario.contacts.map((c, i) => [c.id, i])),
    injectIndex: new Map(scenario.injects.map((inj, i) => [inj.id, i])),
    startedBy,
    cols: map.cols,
    rows: map.rows,
    postX: post.cell.c,
    postY: post.cell.r,
    highGround: map.terrain[post.cell.r]?.[post.cell.c] === '^' ? HIGH_GROUND_BONUS : 0,
    los: losTable(map, post.cell),
    sectorMask,
    sectorOfCell,
  };
}

/** The cell index (r × cols + c) of a position, clamped to the map. */
export function cellIndex(p: Prepared, x: number, y: number): number {
  const c = Math.min(p.cols - 1, Math.max(0, Math.round(x)));
  const r = Math.min(p.rows - 1, Math.max(0, Math.round(y)));
  return r * p.cols + c;
}
