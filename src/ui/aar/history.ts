/** The library's results box: score trend per scenario, reopen past debriefs, open a run file, LRS settings. */
import { aarSession } from '../../store/aar';
import { openRunFile, reopen, updateLrs } from '../../store/aarActions';
import type { HistoryEntry } from '../../store/history';
import { historyCsv, trends } from '../../store/historyCsv';
import { lrsWarnings } from '../../store/lrs';
import { button, h, input, replace } from '../dom';
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
            h('time', { datetime: new Date(r.finishedMs).toISOString() }, new Date(r.finishedMs).toLocaleString()),
          ),
          h('span', { class: r.passed ? 'pass' : 'fail' }, `${r.overall} · ${r.passed ? 'passed' : 'not passed'}`),
          button('Reopen', () => reopen(r), {
            class: 'link',
            'aria-label': `Reopen debrief: ${title}, attempt ${n}`,
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
  return h('div', { class: 'run-file' }, h('label', { for: 'run-file' }, 'Open run file…'), picker);
}

function lrsSettings(): { el: HTMLElement; draw: () => void } {
  const s = aarSession.getState().lrs;
  const fields = {
    endpoint: input('LRS endpoint', { type: 'url', value: s.endpoint, placeholder: 'https://lrs.example/xapi' }),
    username: input('LRS key (user)', { value: s.username, autocomplete: 'off' }),
    password: input('LRS secret', { type: 'password', value: s.password, autocomplete: 'off' }),
    learner: input('Learner name', { value: s.learner }),
  };
  const warnings = h('ul', { class: 'lrs-warnings', 'aria-label': 'Problems with these LRS settings' });
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
  const retry = button('Retry sending', () => flushOutbox());
  const draw = (): void => {
    const { outbox, lrsStatus } = aarSession.getState();
    retry.hidden = outbox.length === 0;
    const last = outbox.find((o) => o.lastError)?.lastError;
    status.textContent = outbox.length
      ? `${outbox.length} run(s) waiting to be sent${last ? `: ${last}` : ''}.`
      : (lrsStatus ?? 'Statements are sent when a run ends, if an endpoint is set.');
  };
  const el = h(
    'details',
    { class: 'lrs' },
    h('summary', {}, 'Learning record store (xAPI)'),
    fields.endpoint.field,
    fields.username.field,
    fields.password.field,
    h('label', { class: 'check' }, remember, 'Remember the secret on this computer'),
    h('p', { class: 'hint' }, 'Otherwise the secret is kept only until the browser closes.'),
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
  const csv = button('Results history (CSV)', () =>
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
        ? h('p', { class: 'hint' }, 'No results yet.')
        : h('ul', { class: 'history-list', 'aria-label': 'Results by scenario' }, ...groups.map(scenarioBlock)),
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
    h('h2', { id: 'results-title' }, 'Your results'),
    list,
    h('div', { class: 'row' }, runFilePicker(), csv),
    lrs.el,
  );
  return { box, off };
}
