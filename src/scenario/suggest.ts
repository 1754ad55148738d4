/** "Did you mean …?" suggestions for misspelt names and values. */
import { t } from '../i18n';

/** Edit distance between two strings (insert, delete, substitute, swap neighbours). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest candidate to `word` when it is plausibly a typo of it, else null. */
export function closest(word: string, candidates: readonly string[]): string | null {
  if (word.length > 64) return null;
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const other = c.toLowerCase();
    const prefix = lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other));
    const score = other === lower ? 0 : prefix ? 1 : editDistance(lower, other);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  const allowed = Math.max(1, Math.floor(word.length / 3));
  return best !== null && bestScore <= allowed ? best : null;
}

/** " — did you mean "x"?" when a close candidate exists, else "". */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const best = closest(word, candidates);
  return best !== null && best !== word ? t('scenario:value.didYouMean', { suggestion: best }) : '';
}
