/** Matching a drone the trainee sees against the briefing's authorized flights: sector, time window and description. */
import type { TraineeView, ViewTrack } from '../../../engine/view';
import { clockToMinutes } from '../../../scenario/time';
import type { TraineeBrief } from '../viewPolicy';
import { sectorOf, wordsOf } from './sight';

/** Words of a markings cue that say nothing about a particular aircraft. */
const PLAIN = new Set(['body', 'bodies', 'wings', 'frame', 'arms', 'tail', 'plain', 'with']);

type Flight = TraineeBrief['briefing']['authorizedFlights'][number];

function inWindow(flight: Flight, nowMin: number): boolean {
  const from = flight.from === null ? null : clockToMinutes(flight.from);
  const to = flight.to === null ? null : clockToMinutes(flight.to);
  return (from === null || nowMin >= from) && (to === null || nowMin <= to);
}

/** Whether every cue seen so far agrees with the booking's description (cues not seen yet do not count against it). */
function looksLike(flight: Flight, t: ViewTrack): boolean {
  const d = flight.description.toLowerCase();
  const c = t.cues;
  if (c.type === 'multirotor' && /fixed-wing|aircraft|plane/.test(d) && !d.includes('multirotor')) return false;
  if (c.type === 'fixed-wing' && /multirotor|quadcopter/.test(d)) return false;
  if (c.lights === 'none' && /\blight/.test(d)) return false;
  if ((c.lights === 'steady' || c.lights === 'flashing') && /steady|flashing/.test(d) && !d.includes(c.lights))
    return false;
  if (c.lightColor && !d.includes(c.lightColor.toLowerCase())) return false;
  if (c.markings) {
    const marks = wordsOf(c.markings).filter((w) => !PLAIN.has(w));
    if (marks.length > 0 && !marks.some((w) => d.includes(w))) return false;
  }
  return true;
}

/** The booked flight a drone track matches now (its sector, the clock inside the window, its looks), or null. */
export function bookingFor(brief: TraineeBrief, view: TraineeView, t: ViewTrack): Flight | null {
  const nowMin = (brief.startClockMin + Math.floor(view.t / 60_000)) % (24 * 60);
  const sector = sectorOf(brief, t.cell);
  return (
    brief.briefing.authorizedFlights.find(
      (f) => (f.sector === null || f.sector === sector?.id) && inWindow(f, nowMin) && looksLike(f, t),
    ) ?? null
  );
}
