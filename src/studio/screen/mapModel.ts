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
      path: c.path.flatMap((w) => {
        const cell = cellOrNull(w.cell);
        return cell && w.atMs !== null ? [{ ms: w.atMs, cell, activity: w.activity }] : [];
      }),
    })),
    durationMs: p.durationMs ?? 0,
  };
}
