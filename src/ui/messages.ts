/** The right panel: the message log with Acknowledge buttons, and the reports filed with their delivery. */
import { t } from '../i18n';
import type { MessageChannel } from '../scenario/vocab';
import { acknowledge } from '../store/play';
import { session } from '../store/session';
import { currentView } from '../store/view';
import { button, h, replace } from './dom';
import { clockText } from './format';
import { beep } from './sound';

const STATUS_TEXT = {
  pending: () => t('app:messages.pending'),
  delivered: () => t('app:messages.delivered'),
  'not-delivered': () => t('app:messages.notDelivered'),
} as const;

const CHANNEL_TEXT: Record<MessageChannel, () => string> = {
  radio: () => t('app:messages.radio'),
  phone: () => t('app:messages.phone'),
  written: () => t('app:messages.written'),
};

/** Mounts the message log; returns a function that unsubscribes it. */
export function mountMessages(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const { scenario } = current;
  const log = h('ol', { class: 'log', 'aria-label': t('app:messages.log') });
  const reports = h('ul', { class: 'filed', 'aria-label': t('app:messages.filed') });
  root.append(h('h2', {}, t('app:messages.title')), log, h('h2', {}, t('app:messages.filed')), reports);
  let drawnMessages = '';
  let drawnReports = '';
  let heard = currentView()?.messages.length ?? 0;
  const draw = () => {
    const e = currentView();
    if (!e) return;
    const key = JSON.stringify(e.messages);
    if (key !== drawnMessages) {
      drawnMessages = key;
      if (e.messages.length > heard) {
        if (session.getState().settings.sound) beep();
      }
      heard = e.messages.length;
      const focused = log.contains(document.activeElement);
      const items = [...e.messages].reverse().map((m) => {
        const when = clockText(scenario, m.atMs);
        const ack = !m.requiresAck
          ? null
          : m.ackedMs === null
            ? button(t('app:messages.ack'), () => acknowledge(m.inject), {
                'aria-label': t('app:messages.ackLabel', { from: m.from, when }),
              })
            : h('span', { class: 'acked' }, t('app:messages.acked', { when: clockText(scenario, m.ackedMs) }));
        return h(
          'li',
          { class: m.ackedMs === null && m.requiresAck ? 'unacked' : '' },
          h('p', { class: 'meta' }, `${when} · ${CHANNEL_TEXT[m.channel]?.() ?? m.channel} · ${m.from}`),
          h('p', {}, m.text),
          ack,
        );
      });
      replace(log, ...(items.length > 0 ? items : [h('li', { class: 'hint' }, t('app:messages.none'))]));
      if (focused) log.querySelector('button')?.focus();
    }
    const rkey = JSON.stringify(e.reports.map((r) => r.status));
    if (rkey !== drawnReports) {
      drawnReports = rkey;
      replace(
        reports,
        ...e.reports.map((r) =>
          h(
            'li',
            { 'data-status': r.status },
            t('app:messages.report', {
              when: clockText(scenario, r.filedMs),
              track: r.track,
              channel: r.channel === 'primary' ? t('app:report.primary') : t('app:report.alternate'),
              status: STATUS_TEXT[r.status](),
            }),
          ),
        ),
      );
    }
  };
  draw();
  return session.subscribe((s) => s.engine, draw);
}
