/** What the after-action model reads: the scenario, the final state, the facts and the score card. */

import { positionAt } from '../../engine';
import type { State } from '../../engine/types';
import { cellName, cellOf } from '../../scenario/grid';
import type { Scenario } from '../../scenario/model';
import { collectFacts } from '../facts';
import type { RuleContext } from '../rules/context';
import type { ScoreCard } from '../types';

export interface AarContext extends RuleContext {
  card: ScoreCard;
}

/** Builds the context of a finished (or stopped) run. */
export function aarContext(scenario: Scenario, state: State, card: ScoreCard): AarContext {
  return { scenario, state, card, facts: collectFacts(state.log, state.t) };
}

/** The cell ("E4") a contact was in at scenario time t, by its ground-truth path; null when off the map. */
export function cellAt(ctx: AarContext, contact: string, t: number): string | null {
  const p = positionAt(ctx.scenario, ctx.state, contact, t);
  return p ? cellName(cellOf(p)) : null;
}

/** The name of the sector holding a cell, or null. */
export function sectorOf(scenario: Scenario, cell: string | null): string | null {
  if (!cell) return null;
  return scenario.sectors.find((s) => s.cells.some((c) => cellName(c) === cell))?.name ?? null;
}
