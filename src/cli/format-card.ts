/** Plain-text rendering of a score card for the terminal. */
import type { ScoreCard } from '../scoring/types';

/** The score card as lines of text: overall, pass/fail, then one block per objective with its evidence. */
export function formatScoreCard(card: ScoreCard, title: string): string[] {
  const lines = [
    `${title} (${card.scenario}, seed ${card.seed})`,
    `Overall ${card.overall} / 100 — ${card.passed ? 'PASSED' : 'NOT PASSED'} (pass mark ${card.passMark})`,
  ];
  if (card.stoppedAtProbe) lines.push(`Run stopped at probe "${card.stoppedAtProbe}": no answer was given.`);
  lines.push('');
  for (const o of card.objectives) {
    const score = o.score === null ? '  n/a' : String(o.score).padStart(5);
    lines.push(`${o.rating.padEnd(3)} ${score}  ${o.id} [${o.capability}, weight ${o.weight}] ${o.text}`);
    for (const e of o.evidence) lines.push(`          - ${e.text}`);
  }
  return lines;
}
