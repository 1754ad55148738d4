/** A text list of what the trainee has in sight now, for screen readers: read from the trainee's view, never the truth. */
import type { TraineeView } from '../engine';
import { t } from '../i18n';
import { ASSESSMENT_NAME } from '../store/affiliation';
import { session } from '../store/session';
import { currentView } from '../store/view';
import { h, replace } from './dom';

function lines(view: TraineeView): string[] {
  const tracks = view.tracks.flatMap((tr) => {
    const what = tr.classification ? ASSESSMENT_NAME[tr.classification] : t('access:sight.unclassified');
    if (tr.sight === 'in-sight') return [t('access:sight.track', { label: tr.label, what, cell: tr.cell })];
    if (tr.sight === 'indication') {
      return [t('access:sight.trackIndication', { label: tr.label, what, cell: tr.indicationCell ?? tr.cell })];
    }
    return [];
  });
  const unmarked = view.sightings.map((s) =>
    s.kind === 'in-sight'
      ? t('access:sight.unmarked', { cell: s.cell })
      : t('access:sight.indication', { cell: s.cell }),
  );
  return [...tracks, ...unmarked];
}

/** Mounts the visually hidden "In sight" list; returns a function that unsubscribes it. */
export function mountInSight(root: HTMLElement): () => void {
  const list = h('ul', {});
  root.append(
    h(
      'section',
      { class: 'sr-only in-sight', 'aria-labelledby': 'in-sight-title' },
      h('h2', { id: 'in-sight-title' }, t('access:sight.title')),
      list,
    ),
  );
  let drawn = '';
  const draw = () => {
    const view = currentView();
    if (!view) return;
    const now = lines(view);
    const key = now.join('\n');
    if (key === drawn) return;
    drawn = key;
    replace(list, ...(now.length > 0 ? now : [t('access:sight.none')]).map((line) => h('li', {}, line)));
  };
  draw();
  return session.subscribe((s) => s.engine, draw);
}
