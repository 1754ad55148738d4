/** The scenario's title, duration and conditions, and its briefing fields. */
import { t } from '../../i18n';
import { formatOffset } from '../../scenario/time';
import { LIGHTS, VISIBILITIES, WINDS } from '../../scenario/vocab';
import type { BriefingField, Edit } from '../edits/types';
import type { PartialScenario } from '../partial';
import { el, field, refill } from './dom';
import { areaIn, pickIn, textIn, timeValue } from './inputs';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The conditions' field names as shown. */
const CONDITION_NAME = {
  light: () => t('studio:briefing.light'),
  visibility: () => t('studio:briefing.visibility'),
  wind: () => t('studio:briefing.wind'),
};

/** The briefing panel; `draw` refreshes it. */
export function briefingPanel(edit: (e: Edit) => void): { box: HTMLElement; draw(p: PartialScenario): void } {
  const box = el('section', { class: 'studio-list studio-form', 'aria-label': t('studio:briefing.label') });
  const brief = (f: BriefingField, value: unknown) => edit({ kind: 'setBriefing', field: f, value });
  return {
    box,
    draw(p) {
      const b = p.briefing;
      const reporting = (b.reporting && typeof b.reporting === 'object' ? b.reporting : {}) as Record<string, unknown>;
      const notes = Array.isArray(b.notes) ? b.notes.map(String) : [];
      const c = p.conditions;
      refill(
        box,
        el(
          'div',
          { class: 'form-row' },
          field(
            t('studio:briefing.title'),
            textIn(p.title, t('studio:briefing.title'), (v) => edit({ kind: 'set', path: ['title'], value: v })),
          ),
          field(
            t('studio:briefing.length'),
            textIn(p.durationMs === null ? '' : formatOffset(p.durationMs), t('studio:briefing.lengthLabel'), (v) =>
              edit({ kind: 'set', path: ['durationSec'], value: timeValue(v) }),
            ),
          ),
          ...(
            [
              ['light', LIGHTS],
              ['visibility', VISIBILITIES],
              ['wind', WINDS],
            ] as const
          ).map(([k, options]) =>
            field(
              CONDITION_NAME[k](),
              pickIn(options, str(c[k]) || options[0], CONDITION_NAME[k](), (v) =>
                edit({ kind: 'set', path: ['conditions', k], value: v }),
              ),
            ),
          ),
        ),
        field(
          t('studio:briefing.situation'),
          areaIn(str(b.situation), t('studio:briefing.situation'), (v) => brief('situation', v)),
        ),
        field(
          t('studio:briefing.mission'),
          areaIn(str(b.mission), t('studio:briefing.mission'), (v) => brief('mission', v)),
        ),
        field(
          t('studio:briefing.notes'),
          areaIn(notes.join('\n'), t('studio:briefing.notesLabel'), (v) =>
            brief(
              'notes',
              v
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean),
            ),
          ),
        ),
        el(
          'div',
          { class: 'form-row' },
          field(
            t('studio:briefing.primary'),
            textIn(str(reporting.primary), t('studio:briefing.primaryLabel'), (v) =>
              brief('reporting', { ...reporting, primary: v }),
            ),
          ),
          field(
            t('studio:briefing.alternate'),
            textIn(str(reporting.alternate), t('studio:briefing.alternateLabel'), (v) =>
              brief('reporting', { ...reporting, alternate: v }),
            ),
          ),
        ),
        field(
          t('studio:briefing.instructorNotes'),
          areaIn(str(b.instructorNotes), t('studio:briefing.instructorNotes'), (v) => brief('instructorNotes', v), 2),
        ),
      );
    },
  };
}
