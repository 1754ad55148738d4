/** The final board for the printed debrief: the map with every contact's true path and the trainee's last tracks. */
import type { State } from '../../engine/types';
import { t } from '../../i18n';
import type { Scenario } from '../../scenario/model';
import { h, svg } from '../dom';
import { mapPreview } from '../mapPreview';
import { trackMarker } from './replay';

/** A figure (shown only in print, where the replay is hidden) of the map as the run ended. */
export function finalBoard(scenario: Scenario, state: State): HTMLElement {
  const label = t('aar:finalBoard.label', { title: scenario.title, count: state.tracks.length });
  const map = mapPreview(scenario, label, true);
  const layer = svg('g', { class: 'replay-layer' });
  layer.append(...state.tracks.map(trackMarker));
  map.append(layer);
  return h('figure', { class: 'final-board print-only' }, map, h('figcaption', {}, t('aar:finalBoard.caption')));
}
