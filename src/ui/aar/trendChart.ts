/** The results trend of one scenario: score per attempt on a labelled 0–100 axis, the pass mark, attempt numbers and dates. */
import { currentLanguage, t } from '../../i18n';
import type { HistoryEntry } from '../../store/history';
import { svg } from '../dom';
import { numberText } from '../format';

const W = 320;
const H = 132;
const LEFT = 30;
const RIGHT = 54;
const TOP = 8;
const BOTTOM = 34;

function shortDate(ms: number): string {
  return new Date(ms).toLocaleDateString(currentLanguage(), { day: 'numeric', month: 'short' });
}

function longDate(ms: number): string {
  return new Date(ms).toLocaleString(currentLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** Which attempts get a number under the axis: all when few, else about six spread out, always the first and last. */
function labelled(n: number): Set<number> {
  if (n <= 10) return new Set(Array.from({ length: n }, (_, i) => i));
  const step = Math.ceil(n / 6);
  const out = new Set<number>([0, n - 1]);
  for (let i = step; i < n - step / 2; i += step) out.add(i);
  return out;
}

/** The chart as an SVG image with a text alternative listing every attempt. */
export function trendChart(runs: readonly HistoryEntry[]): SVGSVGElement {
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const x = (i: number) => LEFT + (runs.length === 1 ? plotW / 2 : (i * plotW) / (runs.length - 1));
  const y = (s: number) => TOP + plotH - (Math.max(0, Math.min(100, s)) / 100) * plotH;
  const pass = runs[0]?.passMark ?? 70;
  const summary = runs
    .map((r, i) => t('aar:trend.attempt', { n: i + 1, when: longDate(r.finishedMs), score: numberText(r.overall) }))
    .join('; ');
  const el = svg('svg', {
    viewBox: `0 0 ${W} ${H}`,
    class: 'trend',
    role: 'img',
    'aria-label': t('aar:trend.label', { pass, summary }),
  });
  for (const tick of [0, 50, 100]) {
    el.append(
      svg('line', { x1: LEFT, x2: LEFT + plotW, y1: y(tick), y2: y(tick), class: 'grid' }),
      svg('text', { x: LEFT - 5, y: y(tick) + 4, class: 'tick', 'text-anchor': 'end' }, String(tick)),
    );
  }
  el.append(
    svg('line', { x1: LEFT, x2: LEFT + plotW, y1: y(pass), y2: y(pass), class: 'pass-line' }),
    svg('text', { x: LEFT + plotW + 4, y: y(pass) + 4, class: 'pass-label' }, t('aar:trend.pass', { pass })),
    svg('polyline', { points: runs.map((r, i) => `${x(i)},${y(r.overall)}`).join(' ') }),
  );
  const numbered = labelled(runs.length);
  for (const [i, r] of runs.entries()) {
    const dot = svg('circle', { cx: x(i), cy: y(r.overall), r: 3.5, class: r.passed ? 'dot pass' : 'dot fail' });
    dot.append(
      svg(
        'title',
        {},
        `#${i + 1} · ${longDate(r.finishedMs)} · ${numberText(r.overall)} ${r.passed ? t('aar:history.passed') : t('aar:history.notPassed')}`,
      ),
    );
    el.append(dot);
    if (numbered.has(i)) {
      el.append(svg('text', { x: x(i), y: TOP + plotH + 14, class: 'tick', 'text-anchor': 'middle' }, `#${i + 1}`));
    }
  }
  const first = runs[0];
  const last = runs.at(-1);
  if (first && last) {
    const from = shortDate(first.finishedMs);
    const to = shortDate(last.finishedMs);
    const dates = from === to ? from : `${from} – ${to}`;
    el.append(
      svg(
        'text',
        { x: LEFT + plotW / 2, y: H - 4, class: 'dates', 'text-anchor': 'middle' },
        t('aar:trend.attempts', { dates }),
      ),
    );
  }
  return el;
}
