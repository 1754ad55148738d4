/** classify: the final classification of each contact's track against its truth. */

import { truthAssessment } from '../../engine';
import { t } from '../../i18n';
import type { ScoredRule } from '../../scenario/model';
import { meanScore } from '../rating';
import type { Evidence } from '../types';
import { word } from '../words';
import { contactById, nameContact, type RuleContext, type RuleOutcome } from './context';

/** Scores a classify rule. */
export function scoreClassify(rule: Extract<ScoredRule, { type: 'classify' }>, ctx: RuleContext): RuleOutcome {
  const evidence: Evidence[] = [];
  const credits: number[] = [];
  for (const id of rule.contacts) {
    const contact = contactById(ctx, id);
    const name = nameContact(ctx, id);
    const tracks = ctx.facts.tracksOf.get(id) ?? [];
    if (!contact || (tracks.length === 0 && !ctx.facts.observableAt.has(id))) {
      evidence.push({ text: t('scoring:common.neverInView', { name }), contact: id, credit: 0, unscored: true });
      continue;
    }
    const track = tracks.at(-1);
    const given = track ? ctx.facts.classification.get(track) : undefined;
    if (!track || !given) {
      credits.push(0);
      const text = track
        ? t('scoring:classify.neverClassified', { name, track })
        : t('scoring:classify.neverMarked', { name });
      evidence.push({ text, contact: id, credit: 0 });
      continue;
    }
    const right = given === truthAssessment(contact);
    credits.push(right ? 1 : 0);
    evidence.push({
      text: right
        ? t('scoring:classify.right', { track, given: word('assessment', given) })
        : t('scoring:classify.wrong', { track, given: word('assessment', given), name }),
      contact: id,
      credit: right ? 1 : 0,
    });
  }
  return { score: meanScore(credits), evidence };
}
