/**
 * The guesser policy: a careless trainee who plays from the trainee's view but does not look. It
 * marks everything it sees at once, calls everything a suspicious drone, and reports every track
 * straight away with the commonest value in every field instead of what it saw. It reads no
 * messages (no acknowledgement, posture or emissions) and answers every probe with its first
 * choice. Scenarios should fail it on report accuracy, false reports or marking discipline.
 */

import type { Action } from '../../engine/types';
import type { TraineeView } from '../../engine/view';
import type { Report } from '../../scenario/schema';
import { clockAt } from '../../scenario/time';
import { workingChannel } from './observer/channel';
import { onMap } from './observer/sight';
import { fromView, type TraineeBrief, type ViewPolicy } from './viewPolicy';

/** The report the guesser files on any track: the commonest answer in every field, its own place and the time now. */
export function guessedReport(brief: TraineeBrief, view: TraineeView, cell: string): Report {
  const now = clockAt(brief.startClockMin, view.t);
  return {
    count: 1,
    type: 'multirotor',
    size: 'small',
    activity: 'hovering',
    direction: 'stationary',
    location: cell,
    perimeter: 'outside',
    operatorLocation: 'A1',
    description: 'small dark drone',
    lights: 'none',
    lightColor: 'none',
    timeFirstSeen: now,
    timeLastSeen: now,
    payload: 'none-seen',
    assessment: 'suspicious-uas',
  };
}

function step(brief: TraineeBrief, view: TraineeView): Action | null {
  if (view.ended) return null;
  if (view.frozenProbe) return { type: 'answer', probe: view.frozenProbe, choice: 0 };
  const seen = view.sightings.find((s) => onMap(brief, s.cell));
  if (seen) return { type: 'mark', cell: seen.cell };
  const unclassified = view.tracks.find((t) => t.classification === null);
  if (unclassified) return { type: 'classify', track: unclassified.label, as: 'suspicious-uas' };
  const channel = workingChannel(view);
  const unreported = view.tracks.find((t) => !view.reports.some((r) => r.track === t.label));
  if (unreported && channel) {
    return { type: 'report', track: unreported.label, channel, report: guessedReport(brief, view, unreported.cell) };
  }
  return null;
}

/** The guesser as a view policy (it keeps no memory). */
export const guesserViewPolicy: ViewPolicy = { name: 'guesser', start: (brief) => (view) => step(brief, view) };

/** The guesser, runnable like any policy. */
export const guesserPolicy = fromView(guesserViewPolicy);
