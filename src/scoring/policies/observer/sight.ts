/** Small readings of the trainee's view shared by the observer's parts: sectors, distances, drones. */
import type { ViewTrack } from '../../../engine/view';
import { parseCell } from '../../../scenario/grid';
import type { TraineeBrief } from '../viewPolicy';

/** The sector (first in the briefing's order) holding a cell, or null. */
export function sectorOf(brief: TraineeBrief, cell: string): TraineeBrief['sectors'][number] | null {
  const at = parseCell(cell);
  if (!at) return null;
  return brief.sectors.find((s) => s.cells.some((c) => c.c === at.c && c.r === at.r)) ?? null;
}

/** Whether a cell is inside the perimeter. */
export function insidePerimeter(brief: TraineeBrief, cell: string): boolean {
  const at = parseCell(cell);
  return at !== null && brief.map.perimeter[at.r]?.[at.c] === true;
}

/** Distance in cells from a track's last known place to the post. */
export function fromPost(brief: TraineeBrief, t: ViewTrack): number {
  return Math.hypot(t.x - brief.post.cell.c, t.y - brief.post.cell.r);
}

/** Whether a track is something in the air (no ground kind has been seen on it). */
export function isAir(t: ViewTrack): boolean {
  return t.cues.kind === undefined;
}

/** Whether a track has been seen to be a drone (its type read as multirotor or fixed-wing). */
export function isDrone(t: ViewTrack): boolean {
  return t.cues.type === 'multirotor' || t.cues.type === 'fixed-wing';
}

/** The words of a text (lower case, three letters or more). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
}

/** Whether a cell name is on the map. */
export function onMap(brief: TraineeBrief, cell: string): boolean {
  const at = parseCell(cell);
  return at !== null && at.c < brief.map.cols && at.r < brief.map.rows;
}
