/** The right panel: the message log with Acknowledge buttons, and the reports filed with their delivery. */
import { acknowledge } from '../store/play';
import { session } from '../store/session';
import { currentView } from '../store/view';
import { button, h, replace } from './dom';
import { clockText } from './format';
import { beep } from './sound';

const STATUS_TEXT = { pending: 'sending…', delivered: 'delivered', 'not-delivered': 'NOT delivered' } as const;

/** Mounts the message log; returns a function that unsubscribes it. */
export function mountMessages(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const { scenario } = current;
  const log = h('ol', { class: 'log', 'aria-label': 'Message log' });
  const reports = h('ul', { class: 'filed', 'aria-label': 'Reports filed' });
  root.append(h('h2', {}, 'Messages'), log, h('h2', {}, 'Reports filed'), reports);
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
            ? button('Acknowledge', () => acknowledge(m.inject), {
                'aria-label': `Acknowledge message from ${m.from} at ${when}`,
              })
            : h('span', { class: 'acked' }, `Acknowledged ${clockText(scenario, m.ackedMs)}`);
        return h(
          'li',
          { class: m.ackedMs === null && m.requiresAck ? 'unacked' : '' },
          h('p', { class: 'meta' }, `${when} · ${m.channel} · ${m.from}`),
          h('p', {}, m.text),
          ack,
        );
      });
      replace(log, ...(items.length > 0 ? items : [h('li', { class: 'hint' }, 'No messages yet.')]));
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
            `${clockText(scenario, r.filedMs)} · ${r.track} on ${r.channel}: ${STATUS_TEXT[r.status]}`,
          ),
        ),
      );
    }
  };
  draw();
  return session.subscribe((s) => s.engine, draw);
}
