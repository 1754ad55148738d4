/** The scenario's title, duration and conditions, and its briefing fields. */
import { formatOffset } from '../../scenario/time';
import { LIGHTS, VISIBILITIES, WINDS } from '../../scenario/vocab';
import type { BriefingField, Edit } from '../edits/types';
import type { PartialScenario } from '../partial';
import { el, field, refill } from './dom';
import { areaIn, pickIn, textIn, timeValue } from './inputs';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The briefing panel; `draw` refreshes it. */
export function briefingPanel(edit: (e: Edit) => void): { box: HTMLElement; draw(p: PartialScenario): void } {
  const box = el('section', { class: 'studio-list studio-form', 'aria-label': 'Scenario and briefing' });
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
            'Title',
            textIn(p.title, 'Title', (v) => edit({ kind: 'set', path: ['title'], value: v })),
          ),
          field(
            'Length (m:ss)',
            textIn(p.durationMs === null ? '' : formatOffset(p.durationMs), 'Length', (v) =>
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
              k[0].toUpperCase() + k.slice(1),
              pickIn(options, str(c[k]) || options[0], k, (v) =>
                edit({ kind: 'set', path: ['conditions', k], value: v }),
              ),
            ),
          ),
        ),
        field(
          'Situation',
          areaIn(str(b.situation), 'Situation', (v) => brief('situation', v)),
        ),
        field(
          'Mission',
          areaIn(str(b.mission), 'Mission', (v) => brief('mission', v)),
        ),
        field(
          'Notes for the trainee (one a line)',
          areaIn(notes.join('\n'), 'Notes', (v) =>
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
            'Report on (primary)',
            textIn(str(reporting.primary), 'Primary channel', (v) => brief('reporting', { ...reporting, primary: v })),
          ),
          field(
            'Alternate',
            textIn(str(reporting.alternate), 'Alternate channel', (v) =>
              brief('reporting', { ...reporting, alternate: v }),
            ),
          ),
        ),
        field(
          'Instructor notes',
          areaIn(str(b.instructorNotes), 'Instructor notes', (v) => brief('instructorNotes', v), 2),
        ),
      );
    },
  };
}
