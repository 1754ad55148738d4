/** A discussion prompt: play holds while the trainee writes a free-text answer (kept for the debrief). */
import { t } from '../i18n';
import type { Inject } from '../scenario/model';
import { discuss, pendingDiscussion, skipDiscussion } from '../store/play';
import { session } from '../store/session';
import { button, h, replace } from './dom';
import { restoreFocus } from './focus';

type DiscussionInject = Extract<Inject, { type: 'discussion' }>;

function build(root: HTMLElement, prompt: DiscussionInject): void {
  const text = h('textarea', { id: 'discussion-text', rows: 5 });
  const form = h(
    'form',
    { class: 'probe' },
    h('h2', { id: 'discussion-title' }, t('app:discussion.title')),
    h('p', {}, prompt.question),
    h('label', { for: 'discussion-text' }, t('app:discussion.answer')),
    text,
    h(
      'div',
      { class: 'row' },
      h('button', { type: 'submit', class: 'primary' }, t('app:discussion.submit')),
      button(t('app:discussion.skip'), () => skipDiscussion(prompt.id)),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (text.value.trim()) discuss(prompt.id, text.value.trim());
    else skipDiscussion(prompt.id);
  });
  replace(
    root,
    h('div', { class: 'overlay', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'discussion-title' }, form),
  );
  text.focus();
}

/** Mounts the discussion overlay; returns a function that unsubscribes it. */
export function mountDiscussion(root: HTMLElement): () => void {
  let shown: string | null = null;
  let returnTo: Element | null = null;
  const show = () => {
    const id = pendingDiscussion();
    if (id === shown) return;
    shown = id;
    const prompt = session
      .getState()
      .current?.scenario.injects.find((i): i is DiscussionInject => i.id === id && i.type === 'discussion');
    const wasOpen = root.hasChildNodes();
    if (prompt && !wasOpen) returnTo = document.activeElement;
    root.hidden = !prompt;
    if (prompt) build(root, prompt);
    else replace(root);
    if (!prompt && wasOpen) restoreFocus(returnTo);
  };
  show();
  const offs = [session.subscribe((s) => s.engine?.fired, show), session.subscribe((s) => s.skippedDiscussions, show)];
  return () => {
    for (const off of offs) off();
  };
}
