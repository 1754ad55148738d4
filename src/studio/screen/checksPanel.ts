/** Live checks: the problems (as `npm run validate` gives them), the playtest's warnings, the four policies' scores and the timeline. */
import type { Problem } from '../../scenario/result';
import type { PlaytestReport } from '../playtest/report';
import { btn, el, refill } from './dom';

const POLICY_WORDS: Record<string, string> = {
  perfect: 'Perfect (does everything right)',
  observer: 'Observer (acts only on what can be seen)',
  guesser: 'Guesser (guesses without looking)',
  idle: 'Idle (does nothing)',
};

/** One problem as a button that moves the editor to its place. */
function problemItem(p: Problem, reveal: (p: Problem) => void): HTMLLIElement {
  return el(
    'li',
    { class: p.severity },
    btn(`${p.line}:${p.column} ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`, () => reveal(p), {
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
  const scores = el('p', { class: 'scores-line', 'aria-label': 'Policy scores' });
  const problemList = el('ul', { class: 'problem-list', 'aria-label': 'Problems' });
  const warnList = el('ul', { class: 'problem-list', 'aria-label': 'Playability warnings' });
  const scoreTable = el('tbody');
  const timeline = el('ol', { class: 'timeline', 'aria-label': 'Timeline of the perfect run' });
  const state = el('span', { class: 'hint' });
  const box = el(
    'section',
    { class: 'studio-list studio-checks', 'aria-label': 'Checks' },
    el('h2', {}, 'Problems'),
    problemList,
    el('h2', {}, 'Playtest ', state),
    el(
      'table',
      { class: 'studio-table', 'aria-label': 'Scores of the four policies' },
      el(
        'thead',
        {},
        el('tr', {}, ...['Policy', 'Score', 'Result', 'As it should be?'].map((t) => el('th', { scope: 'col' }, t))),
      ),
      scoreTable,
    ),
    el('h2', {}, 'Playability warnings'),
    warnList,
    el('h2', {}, 'Timeline of the perfect run'),
    timeline,
  );
  let problemCount = { errors: 0, warnings: 0 };
  let scoreText = 'Scores: waiting for the playtest';
  let playing = false;
  const drawSummary = () => {
    const { errors, warnings } = problemCount;
    const count = (n: number, word: string) => (n === 0 ? null : `${n} ${word}${n === 1 ? '' : 's'}`);
    const words = [count(errors, 'error'), count(warnings, 'warning')].filter(Boolean).join(', ') || 'No problems';
    summary.textContent = words;
    summary.dataset.kind = errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
    scores.textContent = playing ? `${scoreText} (updating…)` : scoreText;
  };
  return {
    box,
    summary: el('div', { class: 'checks-bar' }, summary, scores),
    problems(list) {
      const errors = list.filter((p) => p.severity === 'error').length;
      problemCount = { errors, warnings: list.length - errors };
      refill(problemList, ...list.map((p) => problemItem(p, reveal)));
      if (list.length === 0) problemList.append(el('li', { class: 'ok' }, 'No problems.'));
      drawSummary();
    },
    playtest(report) {
      refill(
        scoreTable,
        ...report.scores.map((s) =>
          el(
            'tr',
            {},
            el('td', {}, POLICY_WORDS[s.name] ?? s.name),
            el('td', {}, String(Math.round(s.overall))),
            el('td', {}, s.passed ? 'passes' : 'fails'),
            el(
              'td',
              { class: s.fair ? 'ok' : 'warning' },
              s.fair ? 'yes' : s.mustPass ? 'no: should pass' : 'no: should fail',
            ),
          ),
        ),
      );
      if (report.scores.length === 0) {
        scoreTable.append(el('tr', {}, el('td', { colspan: 4 }, 'Fix the errors to play the scenario.')));
      }
      refill(warnList, ...report.warnings.map((p) => problemItem(p, reveal)));
      if (!report.complete) warnList.append(el('li', { class: 'hint' }, 'Still playing…'));
      else if (report.warnings.length === 0) warnList.append(el('li', { class: 'ok' }, 'None.'));
      refill(timeline, ...report.timeline.map((t) => el('li', {}, el('code', {}, t.offset), ` ${t.text}`)));
      scoreText =
        report.failure !== null
          ? `Playtest failed: ${report.failure}`
          : report.scores.length === 0
            ? 'Scores: fix the errors to playtest'
            : `Scores: ${report.scores.map((s) => `${s.name} ${Math.round(s.overall)}`).join(' · ')}`;
      drawSummary();
    },
    busy(on) {
      playing = on;
      drawSummary();
      state.textContent = on ? '(playing…)' : '';
      box.setAttribute('aria-busy', String(on));
    },
  };
}
