/** The right panel: the message log with Acknowledge buttons, and the reports filed with their delivery. */
import type { State } from '../engine/types';
import type { Inject } from '../scenario/model';
import { acknowledge } from '../store/play';
import { session } from '../store/session';
import { button, h, replace } from './dom';
import { clockText } from './format';
import { beep } from './sound';

type MessageInject = Extract<Inject, { type: 'message' }>;

const STATUS_TEXT = { pending: 'sending…', delivered: 'delivered', 'not-delivered': 'NOT delivered' } as const;

/** Mounts the message log; returns a function that unsubscribes it. */
export function mountMessages(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const { scenario } = current;
  const byId = new Map(scenario.injects.filter((i): i is MessageInject => i.type === 'message').map((i) => [i.id, i]));
  const log = h('ol', { class: 'log', 'aria-label': 'Message log' });
  const reports = h('ul', { class: 'filed', 'aria-label': 'Reports filed' });
  const announce = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  root.append(h('h2', {}, 'Messages'), announce, log, h('h2', {}, 'Reports filed'), reports);
  let drawnMessages = '';
  let drawnReports = '';
  let heard = session.getState().engine?.messages.length ?? 0;
  const draw = (e: State | null) => {
    if (!e) return;
    const key = JSON.stringify(e.messages);
    if (key !== drawnMessages) {
      drawnMessages = key;
      if (e.messages.length > heard) {
        if (session.getState().settings.sound) beep();
        const newest = byId.get(e.messages[e.messages.length - 1].inject);
        announce.textContent = newest ? `New message from ${newest.from}: ${newest.text}` : '';
      }
      heard = e.messages.length;
      const focused = log.contains(document.activeElement);
      const items = [...e.messages].reverse().map((m) => {
        const inj = byId.get(m.inject);
        if (!inj) return null;
        const when = clockText(scenario, m.atMs);
        const ack = !inj.requiresAck
          ? null
          : m.ackedMs === null
            ? button('Acknowledge', () => acknowledge(m.inject), {
                'aria-label': `Acknowledge message from ${inj.from} at ${when}`,
              })
            : h('span', { class: 'acked' }, `Acknowledged ${clockText(scenario, m.ackedMs)}`);
        return h(
          'li',
          { class: m.ackedMs === null && inj.requiresAck ? 'unacked' : '' },
          h('p', { class: 'meta' }, `${when} · ${inj.channel} · ${inj.from}`),
          h('p', {}, inj.text),
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
  draw(session.getState().engine);
  return session.subscribe((s) => s.engine, draw);
}
