/** Live checks: the problems (as `npm run validate` gives them), the playtest's warnings, the four policies' scores and the timeline. */
import { t } from '../../i18n';
import type { Problem } from '../../scenario/result';
import type { PlaytestReport } from '../playtest/report';
import { btn, el, refill } from './dom';

const POLICY_WORDS: Record<string, () => string> = {
  perfect: () => t('studio:checks.policy.perfect'),
  observer: () => t('studio:checks.policy.observer'),
  guesser: () => t('studio:checks.policy.guesser'),
  idle: () => t('studio:checks.policy.idle'),
};

/** A policy's short name in the scores line. */
const POLICY_SHORT: Record<string, () => string> = {
  perfect: () => t('studio:checks.short.perfect'),
  observer: () => t('studio:checks.short.observer'),
  guesser: () => t('studio:checks.short.guesser'),
  idle: () => t('studio:checks.short.idle'),
};

/** One problem as a button that moves the editor to its place. */
function problemItem(p: Problem, reveal: (p: Problem) => void): HTMLLIElement {
  const words = p.severity === 'warning' ? t('studio:checks.warning', { message: p.message }) : p.message;
  return el(
    'li',
    { class: p.severity },
    btn(`${p.line}:${p.column} ${words}`, () => reveal(p), {
      class: 'link',
      title: p.pointer ?? '',
    }),
  );
}

/** The checks panel: `problems` after each check, `playtest` when the worker answers, `busy` while it plays. */
export function checksPanel(reveal: (p: Problem) => void): {
  box: HTMLElement;
  summary: HTMLElement;
  problems(list: readonly Problem[]): void;
  playtest(report: PlaytestReport): void;
  busy(on: boolean): void;
} {
  const summary = el('p', { class: 'checks-summary', role: 'status', 'aria-live': 'polite' });
  const scores = el('p', { class: 'scores-line', 'aria-label': t('studio:checks.policyScores') });
  const problemList = el('ul', { class: 'problem-list', 'aria-label': t('studio:checks.problems') });
  const warnList = el('ul', { class: 'problem-list', 'aria-label': t('studio:checks.warnings') });
  const scoreTable = el('tbody');
  const timeline = el('ol', { class: 'timeline', 'aria-label': t('studio:checks.timeline') });
  const state = el('span', { class: 'hint' });
  const box = el(
    'section',
    { class: 'studio-list studio-checks', 'aria-label': t('studio:tabs.checks') },
    el('h2', {}, t('studio:checks.problems')),
    problemList,
    el('h2', {}, t('studio:checks.playtest'), ' ', state),
    el(
      'table',
      { class: 'studio-table', 'aria-label': t('studio:checks.scoresTable') },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          ...[
            t('studio:checks.head.policy'),
            t('studio:checks.head.score'),
            t('studio:checks.head.result'),
            t('studio:checks.head.fair'),
          ].map((text) => el('th', { scope: 'col' }, text)),
        ),
      ),
      scoreTable,
    ),
    el('h2', {}, t('studio:checks.warnings')),
    warnList,
    el('h2', {}, t('studio:checks.timeline')),
    timeline,
  );
  let problemCount = { errors: 0, warnings: 0 };
  let scoreText = t('studio:checks.scoresWaiting');
  let playing = false;
  const drawSummary = () => {
    const { errors, warnings } = problemCount;
    const words =
      [
        errors > 0 && t('studio:checks.errorCount', { count: errors }),
        warnings > 0 && t('studio:checks.warningCount', { count: warnings }),
      ]
        .filter(Boolean)
        .join(', ') || t('studio:checks.noProblemsShort');
    summary.textContent = words;
    summary.dataset.kind = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    scores.textContent = playing ? t('studio:checks.updating', { scores: scoreText }) : scoreText;
  };
  return {
    box,
    summary: el('div', { class: 'checks-bar' }, summary, scores),
    problems(list) {
      const errors = list.filter((p) => p.severity === 'error').length;
      problemCount = { errors, warnings: list.length - errors };
      refill(problemList, ...list.map((p) => problemItem(p, reveal)));
      if (list.length === 0) problemList.append(el('li', { class: 'ok' }, t('studio:checks.noProblems')));
      drawSummary();
    },
    playtest(report) {
      refill(
        scoreTable,
        ...report.scores.map((s) =>
          el(
            'tr',
            {},
            el('td', {}, POLICY_WORDS[s.name]?.() ?? s.name),
            el('td', {}, String(Math.round(s.overall))),
            el('td', {}, s.passed ? t('studio:checks.passes') : t('studio:checks.fails')),
            el(
              'td',
              { class: s.fair ? 'ok' : 'warning' },
              s.fair
                ? t('studio:checks.fair')
                : s.mustPass
                  ? t('studio:checks.shouldPass')
                  : t('studio:checks.shouldFail'),
            ),
          ),
        ),
      );
      if (report.scores.length === 0) {
        scoreTable.append(el('tr', {}, el('td', { colspan: 4 }, t('studio:checks.fixToPlay'))));
      }
      refill(warnList, ...report.warnings.map((p) => problemItem(p, reveal)));
      if (!report.complete) warnList.append(el('li', { class: 'hint' }, t('studio:checks.stillPlaying')));
      else if (report.warnings.length === 0) warnList.append(el('li', { class: 'ok' }, t('studio:checks.none')));
      refill(timeline, ...report.timeline.map((e) => el('li', {}, el('code', {}, e.offset), ` ${e.text}`)));
      scoreText =
        report.failure !== null
          ? t('studio:checks.failed', { failure: report.failure })
          : report.scores.length === 0
            ? t('studio:checks.scoresFix')
            : t('studio:checks.scores', {
                scores: report.scores
                  .map((s) => `${POLICY_SHORT[s.name]?.() ?? s.name} ${Math.round(s.overall)}`)
                  .join(' · '),
              });
      drawSummary();
    },
    busy(on) {
      playing = on;
      drawSummary();
      state.textContent = on ? t('studio:checks.playing') : '';
      box.setAttribute('aria-busy', String(on));
    },
  };
}
