/** Authorized flights the briefing does not list: the trainee has no way to know they are authorized. */

import { positionAt } from '../../engine';
import { t } from '../../i18n';
import { clockAt, clockToMinutes, type Finding, warning } from '../../scenario';
import type { Briefing, Scenario } from '../../scenario/model';
import type { Playtest } from './runs';

/** How often a visible stretch is sampled for the contact's cell and clock time. */
const SAMPLE_MS = 1000;

type Entry = Briefing['authorizedFlights'][number];

/** One moment the trainee could see the contact: its sector ids and the clock minute. */
interface Sighting {
  sectors: string[];
  minute: number;
}

function inWindow(entry: Entry, minute: number): boolean {
  const from = entry.from === null ? null : clockToMinutes(entry.from);
  const to = entry.to === null ? null : clockToMinutes(entry.to);
  if (from !== null && to !== null && from > to) return minute >= from || minute <= to;
  return (from === null || minute >= from) && (to === null || minute <= to);
}

/** Whether a briefing entry covers a sighting: its sector (if any) holds the cell, its window (if any) the time. */
function entryMatches(entry: Entry, s: Sighting): boolean {
  return (entry.sector === null || s.sectors.includes(entry.sector)) && inWindow(entry, s.minute);
}

function sightings(scenario: Scenario, run: Playtest, contact: string): Sighting[] {
  const out: Sighting[] = [];
  for (const span of run.visible.get(contact) ?? []) {
    for (let t = span.from; t < span.to || t === span.from; t += SAMPLE_MS) {
      const pos = positionAt(scenario, run.state, contact, t);
      if (!pos) continue;
      const c = Math.round(pos.x);
      const r = Math.round(pos.y);
      const sectors = scenario.sectors.filter((s) => s.cells.some((x) => x.c === c && x.r === r)).map((s) => s.id);
      out.push({ sectors, minute: (scenario.startClockMin + Math.floor(t / 60000)) % 1440 });
    }
  }
  return out;
}

/** authorized-not-briefed for authorized contacts seen where and when no briefing entry covers them. */
export function checkAuthorized(scenario: Scenario, runs: readonly Playtest[]): Finding[] {
  const entries = scenario.briefing.authorizedFlights;
  return scenario.contacts.flatMap((contact, i) => {
    if (contact.domain !== 'air' || contact.truth !== 'authorized') return [];
    const seen = runs.flatMap((run) => sightings(scenario, run, contact.id));
    if (seen.length === 0 || seen.some((s) => entries.some((e) => entryMatches(e, s)))) return [];
    const first = Math.min(...runs.flatMap((r) => (r.visible.get(contact.id) ?? []).map((s) => s.from)));
    const sectors = [...new Set(seen.flatMap((s) => s.sectors))];
    const where = sectors.map((s) => `"${s}"`).join(', ');
    const hint = `{ "callsign": "…"${sectors[0] ? `, "sector": "${sectors[0]}"` : ''}, "from": "${clockAt(scenario.startClockMin, first)}", "to": "…" }`;
    return [
      warning(
        'authorized-not-briefed',
        ['contacts', i, 'truth'],
        t('scenario:playability.authorizedNotBriefed', {
          id: contact.id,
          from: clockAt(scenario.startClockMin, first),
          sectors: where,
          count: sectors.length,
          hint,
        }),
      ),
    ];
  });
}
