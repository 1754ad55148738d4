/** The library's unfinished runs: each with its scenario, the moment reached and when it was saved; resume or discard. */
import { discardRun, refreshUnfinished, resumeRun } from '../store/resume';
import { type Session, session, type UnfinishedRun } from '../store/session';
import './storage.css';
import { t } from '../i18n';
import { button, h, replace } from './dom';
import { clockText } from './format';

function savedText(savedMs: number | undefined): string {
  return savedMs === undefined ? 'saved before this version' : `last saved ${new Date(savedMs).toLocaleString()}`;
}

function row(run: UnfinishedRun): HTMLElement {
  const { saved, loaded } = run;
  const id = saved.record.id ?? '';
  const title = loaded.scenario.title;
  const reached = clockText(loaded.scenario, saved.tMs);
  const name = `${title}, reached ${reached}`;
  const actions = h('div', { class: 'row' });
  const offer = (): void =>
    replace(
      actions,
      button('Resume', () => resumeRun(id), { class: 'primary', 'aria-label': `Resume run: ${name}` }),
      button('Discard…', confirm, { 'aria-label': `Discard run: ${name}` }),
    );
  const confirm = (): void => {
    replace(
      actions,
      h('span', { class: 'confirm' }, 'Discard this run for good? It cannot be brought back.'),
      button('Discard', () => discardRun(id), { 'aria-label': t('access:unfinished.confirmDiscard', { name }) }),
      button('Keep it', offer),
    );
    actions.querySelector<HTMLButtonElement>('button')?.focus();
  };
  offer();
  return h(
    'li',
    { class: 'unfinished-run', 'data-run': id },
    h('p', {}, h('strong', {}, title), ` — reached ${reached} · ${savedText(saved.savedMs)}`),
    actions,
  );
}

/** The unfinished-runs box (empty when there are none); returns it and a cleanup. */
export function unfinishedBox(): { box: HTMLElement; off: () => void } {
  const box = h('div', {});
  const draw = (runs: Session['unfinished']): void =>
    replace(
      box,
      runs.length === 0
        ? null
        : h(
            'section',
            { class: 'resume', 'aria-labelledby': 'resume-title' },
            h('h2', { id: 'resume-title' }, `Unfinished runs (${runs.length})`),
            h('ul', { class: 'unfinished', 'aria-labelledby': 'resume-title' }, ...runs.map(row)),
          ),
    );
  refreshUnfinished();
  draw(session.getState().unfinished);
  return { box, off: session.subscribe((s) => s.unfinished, draw) };
}
