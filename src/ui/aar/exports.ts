/** Export buttons of the debrief: the run, the score card, results history CSV, xAPI statements, LRS sending. */
import type { State } from '../../engine/types';
import { t } from '../../i18n';
import type { ScoreCard } from '../../scoring/types';
import { aarSession } from '../../store/aar';
import { setOutbox, statementsOf } from '../../store/aarActions';
import { historyCsv } from '../../store/historyCsv';
import { actionScript, type RunRecord } from '../../store/runRecord';
import { button, h } from '../dom';
import { download } from './download';
import { flushOutbox } from './lrsSend';

/** Queues this run's statements (once) and sends the outbox. */
function sendToLrs(card: ScoreCard, state: State): void {
  const { entry, outbox } = aarSession.getState();
  if (!entry) return;
  if (!outbox.some((o) => o.id === entry.id)) {
    setOutbox([...outbox, { id: entry.id, statements: statementsOf(entry, card, state), lastError: null }]);
  }
  flushOutbox();
}

/** The exports section; returns it and a cleanup for its subscriptions. */
export function exportsSection(
  scenarioId: string,
  record: RunRecord,
  card: ScoreCard,
  state: State,
): { el: HTMLElement; off: () => void } {
  const status = h('p', { class: 'lrs-status', role: 'status' });
  const send = button(t('aar:exports.send'), () => sendToLrs(card, state));
  const drawLrs = (): void => {
    const { lrs, lrsStatus, outbox } = aarSession.getState();
    send.hidden = !lrs.endpoint.trim();
    const waiting = outbox.length ? ` ${t('aar:lrs.waiting', { count: outbox.length })}` : '';
    status.textContent = lrs.endpoint.trim() ? `${lrsStatus ?? t('aar:lrs.configured')}${waiting}` : '';
  };
  const xapi = (): void => {
    const entry = aarSession.getState().entry;
    if (entry) download(`${scenarioId}-xapi.json`, `${JSON.stringify(statementsOf(entry, card, state), null, 2)}\n`);
  };
  const el = h(
    'section',
    { class: 'exports', 'aria-labelledby': 'exports-title' },
    h('h2', { id: 'exports-title' }, t('aar:exports.title')),
    h(
      'div',
      { class: 'row' },
      button(t('aar:exports.run'), () => download(`${scenarioId}-run.json`, actionScript(record))),
      button(t('aar:exports.scoreCard'), () =>
        download(`${scenarioId}-scorecard.json`, `${JSON.stringify(card, null, 2)}\n`),
      ),
      button(t('aar:exports.history'), () =>
        download('skywatch-results.csv', historyCsv(aarSession.getState().history), 'text/csv'),
      ),
      button(t('aar:exports.xapi'), xapi),
      send,
    ),
    status,
  );
  drawLrs();
  const off = aarSession.subscribe((s) => [s.lrs, s.lrsStatus, s.outbox] as const, drawLrs, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  if (aarSession.getState().outbox.length && aarSession.getState().lrs.endpoint.trim()) flushOutbox();
  return { el, off };
}
