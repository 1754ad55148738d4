/** The library's results box: score trend per scenario, reopen past debriefs, open a run file, LRS settings. */
import { t } from '../../i18n';
import { aarSession } from '../../store/aar';
import { openRunFile, reopen, updateLrs } from '../../store/aarActions';
import type { HistoryEntry } from '../../store/history';
import { historyCsv, trends } from '../../store/historyCsv';
import { lrsWarnings } from '../../store/lrs';
import { button, h, input, replace } from '../dom';
import { dateTimeText, numberText } from '../format';
import { download } from './download';
import { flushOutbox } from './lrsSend';
import { trendChart } from './trendChart';

const SHOWN = 4;

function scenarioBlock(runs: HistoryEntry[]): HTMLElement {
  const title = runs[0].title;
  const recent = runs.slice(-SHOWN).reverse();
  return h(
    'li',
    { class: 'history-scenario' },
    h('div', { class: 'history-head' }, h('strong', {}, title)),
    trendChart(runs),
    h(
      'ul',
      { class: 'results' },
      ...recent.map((r) => {
        const n = runs.indexOf(r) + 1;
        return h(
          'li',
          {},
          h(
            'span',
            {},
            `#${n} `,
            h('time', { datetime: new Date(r.finishedMs).toISOString() }, dateTimeText(r.finishedMs)),
          ),
          h(
            'span',
            { class: r.passed ? 'pass' : 'fail' },
            `${numberText(r.overall)} · ${r.passed ? t('aar:history.passed') : t('aar:history.notPassed')}`,
          ),
          button(t('aar:history.reopen'), () => reopen(r), {
            class: 'link',
            'aria-label': t('aar:history.reopenLabel', { title, n }),
          }),
        );
      }),
    ),
  );
}

function runFilePicker(): HTMLElement {
  const picker = h('input', { type: 'file', id: 'run-file', accept: '.json,application/json' });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) file.text().then((text) => openRunFile(file.name, text));
  });
  return h('div', { class: 'run-file' }, h('label', { for: 'run-file' }, t('aar:history.openRun')), picker);
}

function lrsSettings(): { el: HTMLElement; draw: () => void } {
  const s = aarSession.getState().lrs;
  const fields = {
    endpoint: input(t('aar:lrs.endpoint'), { type: 'url', value: s.endpoint, placeholder: 'https://lrs.example/xapi' }),
    username: input(t('aar:lrs.user'), { value: s.username, autocomplete: 'off' }),
    password: input(t('aar:lrs.secret'), { type: 'password', value: s.password, autocomplete: 'off' }),
    learner: input(t('aar:lrs.learner'), { value: s.learner }),
  };
  const warnings = h('ul', { class: 'lrs-warnings', 'aria-label': t('aar:lrs.problems') });
  const warn = (): void =>
    replace(warnings, ...lrsWarnings(aarSession.getState().lrs).map((w) => h('li', { class: 'fail' }, w)));
  for (const [key, f] of Object.entries(fields)) {
    f.input.addEventListener('input', () => {
      updateLrs({ [key]: f.input.value });
      warn();
    });
  }
  warn();
  const remember = h('input', { type: 'checkbox', checked: s.rememberSecret });
  remember.addEventListener('change', () => updateLrs({ rememberSecret: remember.checked }));
  const status = h('p', { class: 'hint', role: 'status' });
  const retry = button(t('aar:lrs.retry'), () => flushOutbox());
  const draw = (): void => {
    const { outbox, lrsStatus } = aarSession.getState();
    retry.hidden = outbox.length === 0;
    const last = outbox.find((o) => o.lastError)?.lastError;
    status.textContent = outbox.length
      ? last
        ? t('aar:lrs.waitingBecause', { count: outbox.length, reason: last })
        : t('aar:lrs.waiting', { count: outbox.length })
      : (lrsStatus ?? t('aar:lrs.idle'));
  };
  const el = h(
    'details',
    { class: 'lrs' },
    h('summary', {}, t('aar:lrs.title')),
    fields.endpoint.field,
    fields.username.field,
    fields.password.field,
    h('label', { class: 'check' }, remember, t('aar:lrs.remember')),
    h('p', { class: 'hint' }, t('aar:lrs.rememberHint')),
    warnings,
    fields.learner.field,
    retry,
    status,
  );
  return { el, draw };
}

/** The results box for the library; returns it and a cleanup. */
export function historyBox(): { box: HTMLElement; off: () => void } {
  const list = h('div', { class: 'history' });
  const lrs = lrsSettings();
  const csv = button(t('aar:exports.history'), () =>
    download('skywatch-results.csv', historyCsv(aarSession.getState().history), 'text/csv'),
  );
  const draw = (): void => {
    const { history, historyError } = aarSession.getState();
    csv.hidden = history.length === 0;
    const groups = [...trends(history).values()];
    replace(
      list,
      historyError ? h('p', { class: 'fail' }, historyError) : null,
      groups.length === 0
        ? h('p', { class: 'hint' }, t('aar:history.none'))
        : h('ul', { class: 'history-list', 'aria-label': t('aar:history.byScenario') }, ...groups.map(scenarioBlock)),
    );
    lrs.draw();
  };
  draw();
  const off = aarSession.subscribe((s) => [s.history, s.historyError, s.outbox, s.lrsStatus] as const, draw, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  const box = h(
    'section',
    { 'aria-labelledby': 'results-title' },
    h('h2', { id: 'results-title' }, t('aar:history.title')),
    list,
    h('div', { class: 'row' }, runFilePicker(), csv),
    lrs.el,
  );
  return { box, off };
}
