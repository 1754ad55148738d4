/**
 * Cues the trainee is told about before they could see them, or never could: a message or probe
 * that names a cue before it shows, a classify or report objective on a contact whose type never
 * shows, a probe asking about a contact not yet observed.
 */

import { t } from '../../i18n';
import type { Inject, Scenario, ScenarioFile } from '../../scenario';
import {
  cueTelltales,
  type Finding,
  formatOffset,
  type NamedCue,
  type Path,
  type Telltale,
  warning,
} from '../../scenario';
import type { Playtest } from './runs';

/** When a cue of a contact was first there to be seen in any playtest run, or null (never). */
function firstSeen(runs: readonly Playtest[], contact: string, cue: NamedCue): number | null {
  const times = runs.flatMap((r) => {
    const t = r.cueSeenAt.get(contact)?.[cue];
    return t === undefined ? [] : [t];
  });
  return times.length > 0 ? Math.min(...times) : null;
}

/** When the inject fires: in the perfect run, else the earliest in any run, else null. */
function firedAt(runs: readonly Playtest[], id: string): number | null {
  const perfect = runs.find((r) => r.kind === 'perfect')?.state.fired[id];
  if (perfect !== undefined) return perfect;
  const any = runs.flatMap((r) => (id in r.state.fired ? [r.state.fired[id]] : []));
  return any.length > 0 ? Math.min(...any) : null;
}

function texts(inject: Inject, i: number): [Path, string][] {
  if (inject.type === 'message') return [[['injects', i, 'text'], inject.text]];
  if (inject.type === 'probe')
    return [
      [['injects', i, 'question'], inject.question],
      ...inject.choices.map((c, k): [Path, string] => [['injects', i, 'choices', k], c]),
    ];
  return [];
}

const key = (t: Telltale) => `${t.kind} ${t.words.toLowerCase()}`;

/**
 * The telltale of a text none of whose contacts had shown that cue by time `t`, or null. Words that
 * also fit a booked flight are left alone: the briefing describes booked flights.
 */
function early(scenario: Scenario, runs: readonly Playtest[], text: string, t: number): Telltale | null {
  const booked = new Set(
    scenario.contacts.filter((c) => c.truth === 'authorized').flatMap((c) => cueTelltales(c, text).map(key)),
  );
  const groups = new Map<string, Telltale[]>();
  for (const c of scenario.contacts.filter((x) => x.truth !== 'authorized')) {
    for (const f of cueTelltales(c, text))
      if (!booked.has(key(f))) groups.set(key(f), [...(groups.get(key(f)) ?? []), f]);
  }
  for (const group of groups.values()) {
    const shown = group.some((f) => {
      const seen = firstSeen(runs, f.contact, f.kind as NamedCue);
      return seen !== null && seen <= t;
    });
    if (!shown) return group[0];
  }
  return null;
}

/** cue-before-seen for messages and probes that name a cue no contact had shown when they fire. */
function namedTooEarly(scenario: Scenario, runs: readonly Playtest[]): Finding[] {
  return scenario.injects.flatMap((inject, i) => {
    const firesAt = firedAt(runs, inject.id);
    if (firesAt === null) return [];
    return texts(inject, i).flatMap(([path, text]) => {
      const tell = early(scenario, runs, text, firesAt);
      if (!tell) return [];
      const cue = tell.kind as NamedCue;
      const seen = firstSeen(runs, tell.contact, cue);
      const message = t('scenario:playability.cueBeforeSeen', {
        at: formatOffset(firesAt),
        words: tell.words,
        cue,
        contact: tell.contact,
        seen: seen === null ? 'never' : formatOffset(seen),
      });
      return [warning('cue-before-seen', path, message)];
    });
  });
}

/** type-never-seen: classify and report objectives on air contacts whose type never shows. */
function typeNeverSeen(scenario: Scenario, file: ScenarioFile, runs: readonly Playtest[]): Finding[] {
  return scenario.objectives.flatMap((o, i) => {
    if (o.rule.type !== 'classify' && o.rule.type !== 'report') return [];
    const written = file.objectives[i]?.rule;
    const explicit = written && 'contacts' in written && Array.isArray(written.contacts);
    return o.rule.contacts.flatMap((id, k) => {
      const c = scenario.contacts.find((x) => x.id === id);
      const observed = runs.some((r) => (r.visible.get(id) ?? []).length > 0);
      if (c?.domain !== 'air' || !observed || firstSeen(runs, id, 'type') !== null) return [];
      const path: Path = explicit ? ['objectives', i, 'rule', 'contacts', k] : ['objectives', i, 'rule', 'contacts'];
      return [warning('type-never-seen', path, t('scenario:playability.typeNeverSeen', { id }))];
    });
  });
}

/** probe-contact-unseen: a computed probe about a contact the trainee has not observed when it fires. */
function probeUnseen(scenario: Scenario, runs: readonly Playtest[]): Finding[] {
  return scenario.injects.flatMap((inject, i) => {
    if (inject.type !== 'probe' || !inject.compute) return [];
    const compute = inject.compute;
    const id = 'headingOf' in compute ? compute.headingOf : 'sectorOf' in compute ? compute.sectorOf : null;
    const firesAt = firedAt(runs, inject.id);
    if (id === null || firesAt === null) return [];
    const seenBefore = runs.some((r) => (r.visible.get(id) ?? []).some((s) => s.from <= firesAt));
    if (seenBefore) return [];
    return [
      warning(
        'probe-contact-unseen',
        ['injects', i, 'compute'],
        t('scenario:playability.probeContactUnseen', { at: formatOffset(firesAt), id }),
      ),
    ];
  });
}

/** Every cue warning from the playtest runs. */
export function checkCues(scenario: Scenario, file: ScenarioFile, runs: readonly Playtest[]): Finding[] {
  return [...namedTooEarly(scenario, runs), ...typeNeverSeen(scenario, file, runs), ...probeUnseen(scenario, runs)];
}
