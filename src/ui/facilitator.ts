/**
 * The facilitator view beside the map: instructor notes, the ground truth of every active contact, each
 * inject's expected action and controller notes (fired and upcoming), and buttons to fire optional injects.
 * Its elements exist only while the view is on; switching it off removes them from the DOM.
 */
import type { State } from '../engine/types';
import { t } from '../i18n';
import { cellName } from '../scenario/grid';
import { truthLabel, valueLabel } from '../scenario/labels';
import type { Scenario } from '../scenario/model';
import { seatSender } from '../store/classroom/link';
import { fireOptional, type InjectRow, injectRows, toggleFacilitator } from '../store/facilitator';
import { session } from '../store/session';
import { button, h, replace } from './dom';
import { clockText } from './format';

function truthList(scenario: Scenario, e: State): HTMLElement {
  const items = e.contacts
    .filter((c) => c.active && !c.gone)
    .map((c) => {
      const contact = scenario.contacts.find((k) => k.id === c.id);
      const cell = cellName({ c: Math.round(c.x), r: Math.round(c.y) });
      const name = contact?.label ? `${contact.label} (${c.id})` : c.id;
      const track = ` · ${c.track ? t('app:facilitator.trackedAs', { track: c.track }) : t('app:facilitator.notTracked')}`;
      const truth = contact ? truthLabel(contact.domain, contact.truth) : '';
      return h(
        'li',
        {},
        `${name}: ${truth} · ${cell} · ${valueLabel('activity', c.activity).toLocaleLowerCase()}${track}`,
      );
    });
  return h(
    'ul',
    { 'aria-label': t('app:facilitator.groundTruth') },
    ...(items.length > 0 ? items : [h('li', { class: 'hint' }, t('app:facilitator.noContact'))]),
  );
}

function injectItem(scenario: Scenario, r: InjectRow): HTMLElement {
  const when =
    r.firedMs !== null
      ? t('app:facilitator.firedAt', { when: clockText(scenario, r.firedMs) })
      : r.skipped
        ? t('app:facilitator.skipped')
        : r.dueMs !== null
          ? t('app:facilitator.due', { when: clockText(scenario, r.dueMs) })
          : r.optional
            ? t('app:facilitator.optional')
            : t('app:facilitator.onTrigger');
  return h(
    'li',
    {},
    h('p', { class: 'meta' }, `${when} · ${r.id} (${r.type})`),
    r.expected ? h('p', {}, t('app:facilitator.expected', { text: r.expected })) : null,
    r.controllerNotes ? h('p', {}, t('app:facilitator.controller', { text: r.controllerNotes })) : null,
  );
}

function injectParts(scenario: Scenario, e: State): HTMLElement[] {
  const { fired, upcoming } = injectRows(scenario, e);
  const optional = upcoming.filter((r) => r.optional);
  return [
    h('h3', {}, t('app:facilitator.optionalInjects')),
    optional.length > 0
      ? h(
          'div',
          { class: 'fire' },
          ...optional.map((r) => button(t('app:facilitator.fire', { id: r.id }), () => fireOptional(r.id))),
        )
      : h('p', { class: 'hint' }, t('app:facilitator.noneLeft')),
    h('h3', {}, t('app:facilitator.fired')),
    h('ol', { 'aria-label': t('app:facilitator.firedInjects') }, ...fired.map((r) => injectItem(scenario, r))),
    h('h3', {}, t('app:facilitator.upcoming')),
    h('ol', { 'aria-label': t('app:facilitator.upcomingInjects') }, ...upcoming.map((r) => injectItem(scenario, r))),
  ];
}

/** Builds the view for a scenario; its draw function redraws only the parts whose data changed. */
function buildView(scenario: Scenario): { view: HTMLElement; draw: (e: State) => void } {
  const truth = h('div', {});
  const injects = h('div', {});
  const view = h(
    'section',
    { class: 'facilitator', 'aria-labelledby': 'facilitator-title', tabindex: 0 },
    h('h2', { id: 'facilitator-title' }, t('app:facilitator.title')),
    h('h3', {}, t('app:facilitator.notes')),
    h('p', {}, scenario.briefing.instructorNotes || t('app:facilitator.none')),
    h('h3', {}, t('app:facilitator.groundTruth')),
    truth,
    injects,
  );
  let truthKey = '';
  let injectKey = '';
  const draw = (e: State) => {
    const tk = JSON.stringify(
      e.contacts.map((c) => [c.active, c.gone, Math.round(c.x), Math.round(c.y), c.activity, c.track]),
    );
    if (tk !== truthKey) {
      truthKey = tk;
      replace(truth, truthList(scenario, e));
    }
    const ik = JSON.stringify([e.fired, e.skipped]);
    if (ik !== injectKey) {
      injectKey = ik;
      replace(injects, ...injectParts(scenario, e));
    }
  };
  return { view, draw };
}

/** Mounts the facilitator toggle and, while it is on, the view; returns a function that unsubscribes it. */
export function mountFacilitator(root: HTMLElement): () => void {
  const toggle = button(t('app:facilitator.toggle'), toggleFacilitator, {
    'aria-keyshortcuts': 'G',
    class: 'facilitator-toggle',
  });
  const slot = h('div', {});
  toggle.hidden = seatSender() !== null;
  root.append(toggle, slot);
  let offEngine: (() => void) | null = null;
  const show = (on: boolean) => {
    toggle.setAttribute('aria-pressed', String(on));
    offEngine?.();
    offEngine = null;
    replace(slot);
    const { current, engine } = session.getState();
    if (!on || !current) return;
    const { view, draw } = buildView(current.scenario);
    slot.append(view);
    if (engine) draw(engine);
    offEngine = session.subscribe(
      (s) => s.engine,
      (e) => {
        if (e) draw(e);
      },
    );
  };
  show(session.getState().facilitator);
  const off = session.subscribe((s) => s.facilitator, show);
  return () => {
    off();
    offEngine?.();
  };
}
