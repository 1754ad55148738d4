/** Probe truth: the index of the correct choice, computed from the state at the freeze. */
import { cellName, cellOf } from '../scenario/grid';
import type { Inject } from '../scenario/model';
import type { Compute } from '../scenario/schema';
import { probeChoiceKeys, sectorKey } from '../scenario/translations';
import type { Direction } from '../scenario/vocab';
import type { Draft } from './draft';

type Probe = Extract<Inject, { type: 'probe' }>;

/** The words a probe choice may use for each heading. */
export const COMPASS_NAMES: Record<Direction, string[]> = {
  N: ['n', 'north'],
  NE: ['ne', 'northeast'],
  E: ['e', 'east'],
  SE: ['se', 'southeast'],
  S: ['s', 'south'],
  SW: ['sw', 'southwest'],
  W: ['w', 'west'],
  NW: ['nw', 'northwest'],
  stationary: ['stationary', 'hovering'],
};
const NONE_NAMES = ['none', 'nosector'];

/** Lower case with spaces, hyphens and underscores removed: "North-East" → "northeast". */
export function normalizeChoice(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The correct choice of a probe now: its `answer`, else the computed one, else null (unscorable). */
export function probeTruth(d: Draft, probe: Probe): number | null {
  if (probe.answer !== null) return probe.answer;
  if (probe.compute === null) return null;
  return matchCompute(d, probe.compute, probeChoiceKeys(d.sc, probe));
}

function matchCompute(d: Draft, compute: Compute, choices: string[]): number | null {
  if ('countInRange' in compute) return matchCount(choices, countObservable(d, compute.countInRange));
  if ('sectorOf' in compute) return matchNames(choices, sectorNames(d, compute.sectorOf));
  if ('headingOf' in compute) {
    const cs = contactState(d, compute.headingOf);
    return cs?.active ? matchNames(choices, COMPASS_NAMES[cs.heading]) : null;
  }
  return matchNames(choices, nearestNames(d, compute.nearest));
}

function contactState(d: Draft, id: string) {
  const i = d.p.contactIndex.get(id);
  return i === undefined ? null : d.s.contacts[i];
}

function inDomain(d: Draft, i: number, domain: 'air' | 'ground' | 'all'): boolean {
  return domain === 'all' || d.sc.contacts[i].domain === domain;
}

function countObservable(d: Draft, domain: 'air' | 'ground' | 'all'): number {
  let n = 0;
  d.s.contacts.forEach((cs, i) => {
    if (cs.active && cs.perception === 'observable' && inDomain(d, i, domain)) n++;
  });
  return n;
}

/** A choice equal to `n`, else "N+" with the largest N ≤ n, else (for 0) "none". */
export function matchCount(choices: string[], n: number): number | null {
  const exact = choices.findIndex((c) => c.trim() === String(n));
  if (exact >= 0) return exact;
  let best: number | null = null;
  let bestN = -1;
  choices.forEach((c, i) => {
    const m = /^(\d+)\s*\+$/.exec(c.trim());
    if (m && Number(m[1]) <= n && Number(m[1]) > bestN) {
      bestN = Number(m[1]);
      best = i;
    }
  });
  if (best !== null || n > 0) return best;
  return matchNames(choices, NONE_NAMES);
}

/** The first choice whose normalized text is one of `names` (already normalized), or null. */
export function matchNames(choices: string[], names: string[]): number | null {
  const i = choices.findIndex((c) => names.includes(normalizeChoice(c)));
  return i >= 0 ? i : null;
}

function sectorNames(d: Draft, contactId: string): string[] {
  const cs = contactState(d, contactId);
  if (!cs?.active) return NONE_NAMES;
  const { c, r } = cellOf(cs);
  const si = d.p.sectorOfCell[r * d.p.cols + c];
  if (si < 0) return NONE_NAMES;
  const sector = d.sc.sectors[si];
  return [normalizeChoice(sectorKey(d.sc, sector)), normalizeChoice(sector.id)];
}

function nearestNames(d: Draft, domain: 'air' | 'ground' | 'all'): string[] {
  let best = -1;
  let bestDist = Number.POSITIVE_INFINITY;
  d.s.contacts.forEach((cs, i) => {
    if (!cs.active || !inDomain(d, i, domain)) return;
    const dist = Math.hypot(cs.x - d.p.postX, cs.y - d.p.postY);
    if (dist < bestDist) {
      bestDist = dist;
      best = i;
    }
  });
  if (best < 0) return NONE_NAMES;
  const cs = d.s.contacts[best];
  return [normalizeChoice(cs.track ?? cellName(cellOf(cs)))];
}
