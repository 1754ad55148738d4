/** The studio screen, loaded only when it opens: its code (CodeMirror, the JSON language service) is its own chunk. */
import { t } from '../i18n';
import { closeStudio, studioDocument } from '../store/studio';
import { h } from './dom';

/** Mounts the studio on the open document (lazily loaded); returns a function that unmounts it. */
export function mountStudioScreen(root: HTMLElement): () => void {
  const opened = studioDocument();
  if (!opened) {
    closeStudio();
    return () => {};
  }
  const waiting = h('p', { class: 'hint', role: 'status' }, t('studio:opening'));
  root.append(waiting);
  let unmount: (() => void) | null = null;
  let gone = false;
  import('../studio/screen/mount')
    .then(({ mountStudio }) => {
      if (gone) return;
      waiting.remove();
      unmount = mountStudio(root, opened);
    })
    .catch(() => {
      waiting.textContent = t('studio:loadFailed');
    });
  return () => {
    gone = true;
    unmount?.();
  };
}
