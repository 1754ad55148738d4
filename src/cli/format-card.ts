/** Plain-text rendering of a score card for the terminal. */
import { t } from '../i18n';
import type { ScoreCard } from '../scoring/types';

/** The score card as lines of text: overall, pass/fail, then one block per objective with its evidence. */
export function formatScoreCard(card: ScoreCard, title: string): string[] {
  const lines = [
    t('cli:card.title', { title, scenario: card.scenario, seed: String(card.seed) }),
    t('cli:card.overall', {
      overall: String(card.overall),
      passed: card.passed ? 'yes' : 'no',
      passMark: String(card.passMark),
    }),
  ];
  if (card.stoppedAtProbe) lines.push(t('cli:card.stoppedAtProbe', { probe: card.stoppedAtProbe }));
  lines.push('');
  for (const o of card.objectives) {
    const score = o.score === null ? '  n/a' : String(o.score).padStart(5);
    const weight = t('cli:card.weight', { weight: String(o.weight) });
    lines.push(`${o.rating.padEnd(3)} ${score}  ${o.id} [${o.capability}, ${weight}] ${o.text}`);
    for (const e of o.evidence) lines.push(`          - ${e.text}`);
  }
  return lines;
}
