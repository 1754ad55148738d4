/** The briefing: situation, mission, map preview, authorized flights, reporting, objectives; Start. */
import { t } from '../i18n';
import { backToLibrary, startPlay } from '../store/actions';
import { session } from '../store/session';
import { backToStudio, fromStudio } from '../store/studio';
import { button, h } from './dom';
import { capabilityText, conditionsText, difficultyText, durationText } from './format';
import { mapPreview } from './mapPreview';
import { editText } from './studioBox';

function block(name: string, title: string, ...children: (Node | string | null)[]): HTMLElement {
  const id = `brief-${name}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** Mounts the briefing screen for the current scenario. */
export function mountBriefing(root: HTMLElement): () => void {
  const current = session.getState().current;
  if (!current) return () => {};
  const s = current.scenario;
  const source = current.source.kind === 'file' ? current.source : null;
  const b = s.briefing;
  const start = button(t('app:briefing.start'), startPlay, { class: 'primary' });
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
          `${difficultyText(s.difficulty)} · ${durationText(s.durationMs)} · ${t('app:briefing.starts', { clock: `${String(Math.floor(s.startClockMin / 60)).padStart(2, '0')}:${String(s.startClockMin % 60).padStart(2, '0')}` })} · ${conditionsText(s.conditions)}`,
        ),
        h(
          'div',
          { class: 'row' },
          start,
          fromStudio() ? button(t('app:common.backToStudio'), backToStudio) : null,
          !fromStudio() && current.source.kind === 'file'
            ? button(t('app:briefing.editInStudio'), () => source && editText(source.name, source.text))
            : null,
          button(t('app:common.backToLibrary'), backToLibrary),
        ),
      ),
      h(
        'div',
        { class: 'cols' },
        h(
          'div',
          { class: 'text' },
          block('situation', t('app:briefing.situation'), h('p', {}, b.situation || '—')),
          block('mission', t('app:briefing.mission'), h('p', {}, b.mission || '—')),
          block(
            'authorized-flights',
            t('app:briefing.authorizedFlights'),
            b.authorizedFlights.length === 0
              ? h('p', {}, t('app:briefing.noneAnnounced'))
              : h(
                  'ul',
                  {},
                  ...b.authorizedFlights.map((f) =>
                    h(
                      'li',
                      {},
                      h('strong', {}, f.callsign),
                      ` ${f.description}`,
                      f.sector
                        ? ` · ${t('app:briefing.sector', { name: s.sectors.find((x) => x.id === f.sector)?.name ?? f.sector })}`
                        : '',
                      f.from || f.to ? ` · ${f.from ?? '…'}–${f.to ?? '…'}` : '',
                    ),
                  ),
                ),
          ),
          block(
            'reporting',
            t('app:briefing.reporting'),
            h(
              'ul',
              {},
              h('li', {}, t('app:briefing.primary', { name: b.reporting.primary })),
              h('li', {}, t('app:briefing.alternate', { name: b.reporting.alternate })),
              h('li', {}, t('app:briefing.format', { name: b.reporting.format })),
            ),
          ),
          b.notes.length > 0
            ? block('notes', t('app:briefing.notes'), h('ul', {}, ...b.notes.map((n) => h('li', {}, n))))
            : null,
          block(
            'objectives',
            t('app:briefing.objectives'),
            h(
              'ul',
              {},
              ...s.objectives.map((o) => h('li', {}, h('strong', {}, `${capabilityText(o.capability)}: `), o.brief)),
            ),
          ),
        ),
        h(
          'figure',
          { class: 'preview' },
          mapPreview(s, t('app:briefing.mapLabel', { title: s.title })),
          h('figcaption', {}, t('app:briefing.mapCaption')),
        ),
      ),
    ),
  );
  start.focus();
  return () => {};
}
