/** Where a problem is on the map: the cell its JSON pointer names, itself or through the object it sits in. */
import { parse } from 'jsonc-parser';
import { expandRef } from '../../scenario/grid';
import type { Cell } from '../../scenario/model';
import type { Problem } from '../../scenario/result';
import type { MapMark } from './mapCanvas';

function cellIn(v: unknown): Cell | null {
  if (typeof v === 'string') return expandRef(v)?.[0] ?? null;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    return typeof o.cell === 'string' ? cellIn(o.cell) : typeof o.cells === 'string' ? cellIn(o.cells) : null;
  }
  return null;
}

/** The problems that have a place on the map, with their cells. */
export function mapMarks(text: string, problems: readonly Problem[]): MapMark[] {
  const root: unknown = parse(text, [], { allowTrailingComma: true });
  return problems.flatMap((p) => {
    if (!p.pointer) return [];
    const parts = p.pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const chain: unknown[] = [root];
    for (const key of parts) {
      const at = chain[chain.length - 1];
      if (at === null || typeof at !== 'object') break;
      chain.push((at as Record<string, unknown>)[key]);
    }
    for (let i = chain.length - 1; i >= Math.max(1, chain.length - 2); i--) {
      const cell = cellIn(chain[i]);
      if (cell) return [{ cell, severity: p.severity, message: p.message }];
    }
    return [];
  });
}
