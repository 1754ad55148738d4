/** The class debrief (hot wash): ratings per objective, each trainee's card and debrief, the commonest misses, discussions. */
import './classroom.css';
import { t } from '../../i18n';
import type { ClassDebrief } from '../../scoring/class/debrief';
import { classCsv, classStatements } from '../../store/classroom/exports';
import { openSeatDebrief } from '../../store/classroom/results';
import { type ClassSeat, classroom, type InstructorState } from '../../store/classroom/state';
import { session } from '../../store/session';
import { download } from '../aar/download';
import { button, h } from '../dom';

const MAX_MISSES = 12;
const RATINGS = ['P', 'S', 'M', 'U', 'N/A'] as const;

function objectivesTable(d: ClassDebrief): HTMLElement {
  return h(
    'table',
    { class: 'live ratings', 'aria-labelledby': 'ratings-title' },
    h(
      'thead',
      {},
      h('tr', {}, h('th', { scope: 'col' }, 'Objective'), ...RATINGS.map((r) => h('th', { scope: 'col' }, r))),
    ),
    h(
      'tbody',
      {},
      ...d.objectives.map((o) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, o.text),
          ...RATINGS.map((r) => h('td', { 'data-rating': r }, String(o.counts[r]))),
        ),
      ),
    ),
  );
}

function runFile(ins: InstructorState, s: ClassSeat): void {
  download(`${ins.scenario.id}-${ins.code}-${s.seatId}-run.json`, `${JSON.stringify(s.run, null, 2)}\n`);
}

function seatsTable(ins: InstructorState, seats: readonly ClassSeat[]): HTMLElement {
  return h(
    'table',
    { class: 'live trainees', 'aria-labelledby': 'trainees-title' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['Trainee', 'Score', 'Result', 'Actions', ''].map((head) =>
          h('th', { scope: 'col' }, head || h('span', { class: 'sr-only' }, t('access:table.rowButtons'))),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...seats.map((s) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, s.name),
          h('td', {}, `${s.card.overall} / 100`),
          h('td', { class: s.card.passed ? 'pass' : 'fail' }, s.card.passed ? 'Passed' : 'Not passed'),
          h('td', {}, String(s.run.actions.length)),
          h(
            'td',
            {},
            h(
              'div',
              { class: 'row' },
              button('Debrief and replay', () => openSeatDebrief(s.seatId), {
                'aria-label': `Debrief and replay of ${s.name}`,
              }),
              button('Run file', () => runFile(ins, s), { 'aria-label': `Run file of ${s.name}` }),
            ),
          ),
        ),
      ),
    ),
  );
}

function discussions(d: ClassDebrief): HTMLElement[] {
  return d.discussions.map((q) =>
    h(
      'table',
      { class: 'live answers' },
      h('caption', {}, q.question),
      h(
        'tbody',
        {},
        ...q.answers.map((a) => h('tr', {}, h('th', { scope: 'row' }, a.name), h('td', {}, a.answer ?? '(no answer)'))),
      ),
    ),
  );
}

function exportsRow(ins: InstructorState, seats: readonly ClassSeat[], fetchedMs: number): HTMLElement {
  const base = `${ins.scenario.id}-${ins.code}`;
  return h(
    'div',
    { class: 'row' },
    button('Class results (CSV)', () =>
      download(`${base}-class.csv`, classCsv(ins.code, ins.scenario, ins.hash, seats), 'text/csv'),
    ),
    button('Every run file', () => {
      for (const s of seats) runFile(ins, s);
    }),
    button('xAPI statements (every trainee)', () => {
      const st = classStatements(ins.code, ins.scenario, ins.hash, seats, fetchedMs, location.origin);
      download(`${base}-xapi.json`, `${JSON.stringify(st, null, 2)}\n`);
    }),
  );
}

/** Mounts the class debrief of the ended class. */
export function mountClassDebrief(root: HTMLElement): () => void {
  const ins = classroom.getState().instructor;
  const results = ins?.results;
  if (!ins || !results) {
    root.append(h('p', { role: 'alert' }, 'No class results to show.'));
    return () => {};
  }
  const d = results.debrief;
  const heading = h('h1', { tabindex: -1 }, `Class debrief: ${ins.scenario.title}`);
  const misses = d.misses.slice(0, MAX_MISSES);
  root.append(
    h(
      'div',
      { class: 'classroom class-debrief' },
      h(
        'header',
        { class: 'title' },
        heading,
        h(
          'p',
          { class: 'meta' },
          `Class ${ins.code} · ${d.seats} trainees · ${d.passed} passed · mean score ${d.meanOverall} (pass mark ${ins.scenario.passMark})`,
        ),
        h(
          'div',
          { class: 'row no-print' },
          button('Back to the console', () => session.setState({ screen: 'console' })),
          button('Print', () => window.print()),
        ),
      ),
      h(
        'div',
        { class: 'hotwash-cols' },
        h(
          'section',
          { 'aria-labelledby': 'misses-title' },
          h('h2', { id: 'misses-title' }, 'Commonest misses'),
          misses.length
            ? h('ol', { class: 'misses' }, ...misses.map((m) => h('li', {}, m.text)))
            : h('p', {}, 'No misses: every trainee did everything.'),
        ),
        h(
          'section',
          { 'aria-labelledby': 'ratings-title' },
          h('h2', { id: 'ratings-title' }, 'Ratings per objective'),
          h('p', { class: 'hint' }, 'How many trainees were rated P, S, M, U on each (N/A: it never came up).'),
          objectivesTable(d),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'trainees-title' },
        h('h2', { id: 'trainees-title' }, 'Trainees'),
        seatsTable(ins, results.seats),
      ),
      d.discussions.length
        ? h(
            'section',
            { 'aria-labelledby': 'disc-title' },
            h('h2', { id: 'disc-title' }, 'Discussion answers'),
            ...discussions(d),
          )
        : null,
      h(
        'section',
        { class: 'exports', 'aria-labelledby': 'class-exports' },
        h('h2', { id: 'class-exports' }, 'Exports'),
        exportsRow(ins, results.seats, results.fetchedMs),
      ),
    ),
  );
  heading.focus();
  return () => {};
}
