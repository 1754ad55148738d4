/** The map key in the help overlay: each counter shape with what it means, drawn as the map draws it. */
import { t } from '../i18n';
import {
  AFFILIATIONS,
  type Affiliation,
  affiliationMeaning,
  colourOf,
  FRAME,
  framePoints,
  type Palette,
} from '../store/affiliation';
import { COUNTER_GROUND, css } from '../store/mapStyle';
import { h, svg } from './dom';

function shape(aff: Affiliation, palette: Palette): SVGSVGElement {
  const colour = css(colourOf(aff, palette));
  const points = framePoints(aff, 18, 13, 8)
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(' ');
  const el = svg('svg', { viewBox: '0 0 36 26', width: 36, height: 26, 'aria-hidden': 'true' });
  el.append(
    svg(
      'polygon',
      FRAME[aff].hollow
        ? { points, fill: css(COUNTER_GROUND), stroke: colour, 'stroke-width': 2.5 }
        : { points, fill: colour, stroke: 'none' },
    ),
  );
  return el;
}

/** The key as a list: one row per counter shape, then the map's other marks. */
export function mapKey(palette: Palette): HTMLElement {
  return h(
    'ul',
    { class: 'map-key', 'aria-label': t('app:help.mapKey') },
    ...AFFILIATIONS.map((aff) => h('li', {}, shape(aff, palette), affiliationMeaning(aff))),
    h('li', {}, t('app:mapKey.faded')),
    h('li', {}, t('app:mapKey.patch')),
    h('li', {}, t('app:mapKey.ring')),
    h('li', {}, t('app:mapKey.post')),
  );
}
