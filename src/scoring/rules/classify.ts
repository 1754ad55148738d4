/** classify: the final classification of each contact's track against its truth. */

import { truthAssessment } from '../../engine';
import type { ScoredRule } from '../../scenario/model';
import { meanScore } from '../rating';
import type { Evidence } from '../types';
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
      evidence.push({ text: `${name} never came into view: not scored.`, contact: id, credit: 0 });
      continue;
    }
    const track = tracks.at(-1);
    const given = track ? ctx.facts.classification.get(track) : undefined;
    if (!track || !given) {
      credits.push(0);
      const why = track ? `${track} was never classified` : 'it was never marked';
      evidence.push({ text: `${name}: ${why}.`, contact: id, credit: 0 });
      continue;
    }
    const right = given === truthAssessment(contact);
    credits.push(right ? 1 : 0);
    evidence.push({
      text: right ? `${track} classified ${given}: correct.` : `${track} classified ${given}, but it was ${name}.`,
      contact: id,
      credit: right ? 1 : 0,
    });
  }
  return { score: meanScore(credits), evidence };
}
