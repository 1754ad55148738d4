/** What the map draws, from the core's partial reading of the text: cells as grid coordinates, times in ms. */
import { expandRef, parseCell } from '../../scenario/grid';
import type { Cell } from '../../scenario/model';
import type { PartialScenario } from '../partial';

/** A waypoint on the map. */
export interface MapWaypoint {
  ms: number;
  cell: Cell;
  activity: string | null;
}

/** A contact on the map. */
export interface MapContact {
  id: string;
  label: string;
  domain: string;
  truth: string;
  /** The inject whose firing starts the contact's clock, or null for scenario start. */
  start: string | null;
  path: MapWaypoint[];
}

/** Everything the map shows. */
export interface MapModel {
  cols: number;
  rows: number;
  /** terrain[r][c], one character per cell. */
  terrain: string[][];
  perimeter: Cell[];
  post: { cell: Cell | null; name: string; observeRange: number | null };
  team: { id: string; name: string; cell: Cell | null }[];
  sectors: { id: string; name: string; cells: Cell[] }[];
  contacts: MapContact[];
  durationMs: number;
}

/** Every cell of a list of cells and ranges. */
export function cellsOf(refs: readonly string[]): Cell[] {
  return refs.flatMap((r) => expandRef(r) ?? []);
}

const cellOrNull = (ref: string | null): Cell | null => (ref === null ? null : parseCell(ref));

/** The map model of whatever could be read of the text. */
export function mapModelOf(p: PartialScenario): MapModel {
  const terrain = p.terrain.map((row) => [...row]);
  return {
    cols: Math.max(1, ...terrain.map((r) => r.length)),
    rows: Math.max(1, terrain.length),
    terrain,
    perimeter: cellsOf(p.perimeter),
    post: {
      cell: cellOrNull(p.post?.cell ?? null),
      name: p.post?.name ?? '',
      observeRange: p.post?.observeRange ?? null,
    },
    team: p.team.map((t) => ({ id: t.id, name: t.name, cell: cellOrNull(t.cell) })),
    sectors: p.sectors.map((s) => ({ id: s.id, name: s.name, cells: cellsOf(s.cells) })),
    contacts: p.contacts.map((c) => ({
      id: c.id,
      label: c.label ?? '',
      domain: c.domain ?? 'air',
      truth: c.truth ?? '',
      start: typeof c.value.start === 'string' ? c.value.start : null,
      path: c.path.flatMap((w) => {
        const cell = cellOrNull(w.cell);
        return cell && w.atMs !== null ? [{ ms: w.atMs, cell, activity: w.activity }] : [];
      }),
    })),
    durationMs: p.durationMs ?? 0,
  };
}

/** Where a contact is at `tMs` along its drawn path when its clock started at `startMs` (text with problems). */
export function whereAt(c: MapContact, startMs: number, tMs: number): { x: number; y: number } | null {
  const tau = tMs - startMs;
  const p = c.path;
  if (p.length === 0 || tau < p[0].ms || tau > p[p.length - 1].ms) return null;
  let i = 0;
  while (i < p.length - 1 && p[i + 1].ms <= tau) i++;
  if (i === p.length - 1) return { x: p[i].cell.c, y: p[i].cell.r };
  const f = (tau - p[i].ms) / Math.max(1, p[i + 1].ms - p[i].ms);
  return { x: p[i].cell.c + (p[i + 1].cell.c - p[i].cell.c) * f, y: p[i].cell.r + (p[i + 1].cell.r - p[i].cell.r) * f };
}
