/** The freeze probe: play is frozen and the map hidden until the trainee answers one question. */
import { t } from '../i18n';
import type { Inject } from '../scenario/model';
import { answerProbe } from '../store/play';
import { session } from '../store/session';
import { h, replace } from './dom';
import { restoreFocus } from './focus';

type ProbeInject = Extract<Inject, { type: 'probe' }>;

function build(root: HTMLElement, probe: ProbeInject): void {
  const radios = probe.choices.map((choice, i) => {
    const radio = h('input', { type: 'radio', name: 'probe-choice', value: i, id: `probe-${i}` });
    return { radio, row: h('div', { class: 'radio' }, radio, h('label', { for: `probe-${i}` }, choice)) };
  });
  const err = h('p', { class: 'err', role: 'alert' });
  const form = h(
    'form',
    { class: 'probe', 'aria-labelledby': 'probe-title' },
    h('p', { class: 'meta' }, t('app:probe.intro')),
    session.getState().skipping ? h('p', { class: 'meta' }, t('app:probe.skipping')) : null,
    h('fieldset', {}, h('legend', { id: 'probe-title' }, probe.question), ...radios.map((r) => r.row)),
    err,
    h('button', { type: 'submit', class: 'primary' }, t('app:probe.answer')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = radios.findIndex((r) => r.radio.checked);
    if (chosen < 0) {
      err.textContent = t('app:probe.choose');
      return;
    }
    answerProbe(probe.id, chosen);
  });
  replace(
    root,
    h('div', { class: 'overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'probe-title' }, form),
  );
  radios[0]?.radio.focus();
}

/** Mounts the probe overlay; it appears while a probe freezes play. Returns a function that unsubscribes it. */
export function mountProbe(root: HTMLElement, playArea: HTMLElement): () => void {
  let returnTo: Element | null = null;
  const show = (probeId: string | null) => {
    const probe = session
      .getState()
      .current?.scenario.injects.find((i): i is ProbeInject => i.id === probeId && i.type === 'probe');
    const wasOpen = root.hasChildNodes();
    if (probe && !wasOpen) returnTo = document.activeElement;
    root.hidden = !probe;
    playArea.inert = Boolean(probe);
    playArea.classList.toggle('hidden-for-probe', Boolean(probe));
    if (probe) build(root, probe);
    else replace(root);
    if (!probe && wasOpen) restoreFocus(returnTo);
  };
  show(session.getState().engine?.frozenProbe ?? null);
  return session.subscribe((s) => s.engine?.frozenProbe ?? null, show);
}
