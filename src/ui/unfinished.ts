/** The library's unfinished runs: each with its scenario, the moment reached and when it was saved; resume or discard. */
import { t } from '../i18n';
import { discardRun, refreshUnfinished, resumeRun } from '../store/resume';
import { type Session, session, type UnfinishedRun } from '../store/session';
import './storage.css';
import { button, h, replace } from './dom';
import { clockText, dateTimeText } from './format';

function savedText(savedMs: number | undefined): string {
  return savedMs === undefined
    ? t('app:unfinished.savedBefore')
    : t('app:unfinished.lastSaved', { when: dateTimeText(savedMs) });
}

function row(run: UnfinishedRun): HTMLElement {
  const { saved, loaded } = run;
  const id = saved.record.id ?? '';
  const title = loaded.scenario.title;
  const reached = clockText(loaded.scenario, saved.tMs);
  const name = t('app:unfinished.name', { title, reached });
  const actions = h('div', { class: 'row' });
  const offer = (): void =>
    replace(
      actions,
      button(t('app:unfinished.resume'), () => resumeRun(id), {
        class: 'primary',
        'aria-label': t('app:unfinished.resumeLabel', { name }),
      }),
      button(t('app:unfinished.discard'), confirm, { 'aria-label': t('app:unfinished.discardLabel', { name }) }),
    );
  const confirm = (): void => {
    replace(
      actions,
      h('span', { class: 'confirm' }, t('app:unfinished.confirm')),
      button(t('app:unfinished.discardNow'), () => discardRun(id), {
        'aria-label': t('access:unfinished.confirmDiscard', { name }),
      }),
      button(t('app:unfinished.keep'), offer),
    );
    actions.querySelector<HTMLButtonElement>('button')?.focus();
  };
  offer();
  return h(
    'li',
    { class: 'unfinished-run', 'data-run': id },
    h('p', {}, h('strong', {}, title), ` — ${t('app:unfinished.reached', { reached })} · ${savedText(saved.savedMs)}`),
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
            h('h2', { id: 'resume-title' }, t('app:unfinished.title', { count: runs.length })),
            h('ul', { class: 'unfinished', 'aria-labelledby': 'resume-title' }, ...runs.map(row)),
          ),
    );
  refreshUnfinished();
  draw(session.getState().unfinished);
  return { box, off: session.subscribe((s) => s.unfinished, draw) };
}
