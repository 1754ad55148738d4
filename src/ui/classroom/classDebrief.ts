/** The class debrief (hot wash): ratings per objective, each trainee's card and debrief, the commonest misses, discussions. */
import './classroom.css';
import { t } from '../../i18n';
import type { ClassDebrief } from '../../scoring/class/debrief';
import { classCsv, classStatements } from '../../store/classroom/exports';
import { currentDebrief, openSeatDebrief } from '../../store/classroom/results';
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
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('classroom:debrief.objective')),
        ...RATINGS.map((r) => h('th', { scope: 'col' }, r)),
      ),
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
        ...[
          t('classroom:debrief.head.trainee'),
          t('classroom:debrief.head.score'),
          t('classroom:debrief.head.result'),
          t('classroom:debrief.head.actions'),
          '',
        ].map((head) =>
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
          h('td', {}, t('classroom:debrief.score', { score: s.card.overall })),
          h(
            'td',
            { class: s.card.passed ? 'pass' : 'fail' },
            s.card.passed ? t('classroom:debrief.passed') : t('classroom:debrief.notPassed'),
          ),
          h('td', {}, String(s.run.actions.length)),
          h(
            'td',
            {},
            h(
              'div',
              { class: 'row' },
              button(t('classroom:debrief.openSeat'), () => openSeatDebrief(s.seatId), {
                'aria-label': t('classroom:debrief.openSeatLabel', { name: s.name }),
              }),
              button(t('classroom:debrief.runFile'), () => runFile(ins, s), {
                'aria-label': t('classroom:debrief.runFileLabel', { name: s.name }),
              }),
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
        ...q.answers.map((a) =>
          h('tr', {}, h('th', { scope: 'row' }, a.name), h('td', {}, a.answer ?? t('classroom:debrief.noAnswer'))),
        ),
      ),
    ),
  );
}

function exportsRow(ins: InstructorState, seats: readonly ClassSeat[], fetchedMs: number): HTMLElement {
  const base = `${ins.scenario.id}-${ins.code}`;
  return h(
    'div',
    { class: 'row' },
    button(t('classroom:debrief.csv'), () =>
      download(`${base}-class.csv`, classCsv(ins.code, ins.scenario, ins.hash, seats), 'text/csv'),
    ),
    button(t('classroom:debrief.runFiles'), () => {
      for (const s of seats) runFile(ins, s);
    }),
    button(t('classroom:debrief.xapi'), () => {
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
    root.append(h('p', { role: 'alert' }, t('classroom:debrief.none')));
    return () => {};
  }
  const d = currentDebrief(ins.scenario, results);
  const heading = h('h1', { tabindex: -1 }, t('classroom:debrief.title', { title: ins.scenario.title }));
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
          t('classroom:debrief.meta', {
            code: ins.code,
            seats: d.seats,
            passed: d.passed,
            mean: d.meanOverall,
            passMark: ins.scenario.passMark,
          }),
        ),
        h(
          'div',
          { class: 'row no-print' },
          button(t('classroom:debrief.back'), () => session.setState({ screen: 'console' })),
          button(t('classroom:debrief.print'), () => window.print()),
        ),
      ),
      h(
        'div',
        { class: 'hotwash-cols' },
        h(
          'section',
          { 'aria-labelledby': 'misses-title' },
          h('h2', { id: 'misses-title' }, t('classroom:debrief.misses')),
          misses.length
            ? h('ol', { class: 'misses' }, ...misses.map((m) => h('li', {}, m.text)))
            : h('p', {}, t('classroom:debrief.noMisses')),
        ),
        h(
          'section',
          { 'aria-labelledby': 'ratings-title' },
          h('h2', { id: 'ratings-title' }, t('classroom:debrief.ratings')),
          h('p', { class: 'hint' }, t('classroom:debrief.ratingsHint')),
          objectivesTable(d),
        ),
      ),
      h(
        'section',
        { 'aria-labelledby': 'trainees-title' },
        h('h2', { id: 'trainees-title' }, t('classroom:debrief.trainees')),
        seatsTable(ins, results.seats),
      ),
      d.discussions.length
        ? h(
            'section',
            { 'aria-labelledby': 'disc-title' },
            h('h2', { id: 'disc-title' }, t('classroom:debrief.discussion')),
            ...discussions(d),
          )
        : null,
      h(
        'section',
        { class: 'exports', 'aria-labelledby': 'class-exports' },
        h('h2', { id: 'class-exports' }, t('classroom:debrief.exports')),
        exportsRow(ins, results.seats, results.fetchedMs),
      ),
    ),
  );
  heading.focus();
  return () => {};
}
