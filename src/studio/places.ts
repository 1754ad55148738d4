/** Where a problem is on the map: the cells of the thing its pointer names, when it has a place. */
import type { Problem } from '../scenario';
import type { PartialScenario } from './partial';

/** A problem with the cells (names or ranges, as written) it should be shown on. */
export interface PlacedProblem {
  problem: Problem;
  cells: string[];
}

/** The cells the thing at a JSON pointer stands on, or [] when it has no place on the map. */
export function cellsOfPointer(p: PartialScenario, pointer: string): string[] {
  const [top, a, b, c] = pointer.split('/').slice(1);
  const i = Number(a);
  const one = (cell: string | null | undefined) => (cell ? [cell] : []);
  switch (top) {
    case 'post':
      return one(p.post?.cell);
    case 'team':
      return one(p.team[i]?.cell);
    case 'sectors':
      return p.sectors[i]?.cells ?? [];
    case 'map':
      if (a === 'perimeter') return p.perimeter;
      if (a === 'terrain' && b !== undefined && p.terrain[Number(b)] !== undefined) {
        const row = Number(b) + 1;
        return [`A${row}:${String.fromCharCode(64 + Math.max(1, p.terrain[Number(b)].length))}${row}`];
      }
      return [];
    case 'contacts': {
      const contact = p.contacts[i];
      if (!contact) return [];
      if (b === 'path' && c !== undefined) return one(contact.path[Number(c)]?.cell);
      return contact.path.flatMap((w) => one(w.cell));
    }
    default:
      return [];
  }
}

/** The problems that have a place on the map, with their cells. */
export function placeProblems(p: PartialScenario, problems: readonly Problem[]): PlacedProblem[] {
  return problems.flatMap((problem) => {
    const cells = problem.pointer ? cellsOfPointer(p, problem.pointer) : [];
    return cells.length ? [{ problem, cells }] : [];
  });
}
