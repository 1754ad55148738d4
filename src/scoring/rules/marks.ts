/** marks: marking discipline — marks on empty ground and extra tracks on one contact, up to a maximum. */

import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import type { RunFacts, TrackFact } from '../facts';
import type { Evidence } from '../types';
import { clock, nameContact, type RuleContext, type RuleOutcome } from './context';

/** Points lost for each extra mark over the allowed maximum. */
export const EXTRA_MARK_PENALTY = 25;

/** An extra mark: why it was extra, and the live track it duplicated (if any). */
export interface ExtraMark {
  track: TrackFact;
  why: 'empty' | 'duplicate';
  of: string | null;
}

/** Tracks that were extra: made on empty ground, or on a contact whose earlier track was still live. */
export function extraMarks(facts: RunFacts): ExtraMark[] {
  return facts.tracks.flatMap((t, i): ExtraMark[] => {
    if (t.contact === null) return [{ track: t, why: 'empty', of: null }];
    const live = facts.tracks
      .slice(0, i)
      .find((o) => o.contact === t.contact && (o.droppedMs === null || o.droppedMs > t.t));
    return live ? [{ track: t, why: 'duplicate', of: live.track }] : [];
  });
}

/** Scores a marks rule. */
export function scoreMarks(rule: Extract<ScoredRule, { type: 'marks' }>, ctx: RuleContext): RuleOutcome {
  if (ctx.facts.tracks.length === 0)
    return { score: null, evidence: [{ text: t('scoring:marks.nothing'), credit: 0 }] };
  const extra = extraMarks(ctx.facts);
  const evidence: Evidence[] = extra.map(({ track, why, of }) => ({
    text:
      why === 'empty'
        ? t('scoring:marks.empty', { track: track.track, cell: track.cell, clock: clock(ctx, track.t) })
        : t('scoring:marks.duplicate', {
            track: track.track,
            clock: clock(ctx, track.t),
            name: nameContact(ctx, track.contact ?? ''),
            of: of ?? '',
          }),
    contact: track.contact ?? undefined,
    t: track.t,
    credit: 0,
  }));
  const over = Math.max(0, extra.length - rule.maxExtra);
  if (extra.length === 0)
    evidence.push({ text: t('scoring:marks.clean', { count: ctx.facts.tracks.length }), credit: 1 });
  return { score: Math.max(0, 100 - EXTRA_MARK_PENALTY * over), evidence };
}
