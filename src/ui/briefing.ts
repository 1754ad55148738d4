/** The briefing: situation, mission, map preview, authorized flights, reporting, objectives; Start. */
import { backToLibrary, startPlay } from '../store/actions';
import { session } from '../store/session';
import { backToStudio, fromStudio } from '../store/studio';
import { button, h } from './dom';
import { conditionsText, durationText } from './format';
import { mapPreview } from './mapPreview';
import { editText } from './studioBox';

function block(title: string, ...children: (Node | string | null)[]): HTMLElement {
  const id = `brief-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Mounts the briefing screen for the current scenario. */
export function mountBriefing(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const s = current.scenario;
  const source = current.source.kind === 'file' ? current.source : null;
  const b = s.briefing;
  const start = button('Start', startPlay, { class: 'primary' });
  root.append(
    h(
      'div',
      { class: 'briefing' },
      h(
        'header',
        { class: 'title' },
        h('h1', {}, s.title),
        h(
          'p',
          { class: 'meta' },
          `${s.difficulty} · ${durationText(s.durationMs)} · starts ${String(Math.floor(s.startClockMin / 60)).padStart(2, '0')}:${String(s.startClockMin % 60).padStart(2, '0')} · ${conditionsText(s.conditions)}`,
        ),
        h(
          'div',
          { class: 'row' },
          start,
          fromStudio() ? button('Back to the studio', backToStudio) : null,
          !fromStudio() && current.source.kind === 'file'
            ? button('Edit in the studio', () => source && editText(source.name, source.text))
            : null,
          button('Back to library', backToLibrary),
        ),
      ),
      h(
        'div',
        { class: 'cols' },
        h(
          'div',
          { class: 'text' },
          block('Situation', h('p', {}, b.situation || '—')),
          block('Mission', h('p', {}, b.mission || '—')),
          block(
            'Authorized flights',
            b.authorizedFlights.length === 0
              ? h('p', {}, 'None announced.')
              : h(
                  'ul',
                  {},
                  ...b.authorizedFlights.map((f) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, f.callsign),
                      ` ${f.description}`,
                      f.sector ? ` · sector ${s.sectors.find((x) => x.id === f.sector)?.name ?? f.sector}` : '',
                      f.from || f.to ? ` · ${f.from ?? '…'}–${f.to ?? '…'}` : '',
                    ),
                  ),
                ),
          ),
          block(
            'Reporting',
            h(
              'ul',
              {},
              h('li', {}, `Primary: ${b.reporting.primary}`),
              h('li', {}, `Alternate: ${b.reporting.alternate}`),
              h('li', {}, `Format: ${b.reporting.format}`),
            ),
          ),
          b.notes.length > 0 ? block('Notes', h('ul', {}, ...b.notes.map((n) => h('li', {}, n)))) : null,
          block(
            'Objectives',
            h('ul', {}, ...s.objectives.map((o) => h('li', {}, h('strong', {}, `${o.capability}: `), o.brief))),
          ),
        ),
        h(
          'figure',
          { class: 'preview' },
          mapPreview(s, `Map of ${s.title}: terrain, perimeter, sectors, post and team`),
          h('figcaption', {}, 'White line: perimeter · dashed: sectors · triangle: your post · squares: team'),
        ),
      ),
    ),
  );
  start.focus();
  return () => {};
}
