/** protect: the team's posture set before a contact came within N cells of the post. */
import { positionAt } from '../../engine';
import { TICK_MS } from '../../engine/types';
import { t } from '../../i18n';
import { distance } from '../../scenario/grid';
import type { ScoredRule } from '../../scenario/model';
import { POSTURES, type Posture } from '../../scenario/vocab';
import { valueAt } from '../facts';
import { round1 } from '../rating';
import { word } from '../words';
import { clock, nameContact, type RuleContext, type RuleOutcome, span } from './context';

/** Grace after the contact came close in which a late posture still earns half credit. */
export const PROTECT_GRACE_MS = 30_000;

/** First scenario time the contact was within `cells` of the post, or null if it never was. */
export function firstWithin(ctx: RuleContext, contact: string, cells: number): number | null {
  const post = { x: ctx.scenario.post.cell.c, y: ctx.scenario.post.cell.r };
  for (let t = 0; t <= ctx.facts.endMs; t += TICK_MS) {
    const p = positionAt(ctx.scenario, ctx.state, contact, t);
    if (p && distance(p, post) <= cells) return t;
  }
  return null;
}

function atLeast(have: Posture, need: Posture): boolean {
  return POSTURES.indexOf(have) >= POSTURES.indexOf(need);
}

/** Scores a protect rule. */
export function scoreProtect(rule: Extract<ScoredRule, { type: 'protect' }>, ctx: RuleContext): RuleOutcome {
  const name = nameContact(ctx, rule.contact);
  const close = firstWithin(ctx, rule.contact, rule.beforeWithinCells);
  if (close === null) {
    return {
      score: null,
      evidence: [
        {
          text: t('scoring:protect.neverClose', { name, cells: rule.beforeWithinCells }),
          contact: rule.contact,
          credit: 0,
          unscored: true,
        },
      ],
    };
  }
  const changes = ctx.facts.postures.map((p) => ({ t: p.t, value: p.posture }));
  const then = valueAt<Posture>(changes, 'normal', close);
  if (atLeast(then, rule.posture)) {
    return {
      score: 100,
      evidence: [
        {
          text: t('scoring:protect.inTime', {
            posture: word('posture', then),
            name,
            cells: rule.beforeWithinCells,
            clock: clock(ctx, close),
          }),
          contact: rule.contact,
          t: close,
          credit: 1,
        },
      ],
    };
  }
  const later = changes.find((c) => c.t > close && atLeast(c.value, rule.posture));
  const credit = later && later.t - close <= PROTECT_GRACE_MS ? 0.5 : 0;
  const text = later
    ? t('scoring:protect.late', {
        posture: word('posture', later.value),
        clock: clock(ctx, later.t),
        span: span(later.t - close),
        name,
        cells: rule.beforeWithinCells,
      })
    : t('scoring:protect.never', {
        posture: word('posture', rule.posture),
        name,
        cells: rule.beforeWithinCells,
        clock: clock(ctx, close),
      });
  return { score: round1(credit * 100), evidence: [{ text, contact: rule.contact, t: close, credit }] };
}
