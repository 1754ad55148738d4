/** The SALUTE report prefilled from the trainee's view of one track: only what was observed of it. */
import { parseCell } from '../scenario/grid';
import type { Scenario } from '../scenario/model';
import type { Report } from '../scenario/schema';
import { clockAt } from '../scenario/time';
import type { CommsChannel, ReportType } from '../scenario/vocab';
import type { TraineeView } from './view';

function reportType(type: string | undefined): ReportType | undefined {
  if (type === 'multirotor' || type === 'fixed-wing') return type;
  return type === undefined ? undefined : 'unknown';
}

/**
 * A report with every field the trainee has observed of track `label` and nothing else: no value
 * from another track (the operator's cell is left for the trainee), no guess for an unseen cue.
 */
export function prefillReport(
  scenario: Pick<Scenario, 'startClockMin' | 'map'>,
  view: TraineeView,
  label: string,
): Report {
  const track = view.tracks.find((t) => t.label === label);
  if (!track) return {};
  const cues = track.cues;
  const cell = parseCell(track.cell);
  const report: Report = {
    location: track.cell,
    timeFirstSeen: clockAt(scenario.startClockMin, track.firstSeenMs),
    timeLastSeen: clockAt(scenario.startClockMin, track.sight === 'in-sight' ? view.t : track.lastSeenMs),
  };
  if (cell) report.perimeter = scenario.map.perimeter[cell.r]?.[cell.c] ? 'inside' : 'outside';
  if (cues.count !== undefined) report.count = cues.count;
  else if (cues.kind !== undefined) report.count = 1;
  const type = cues.kind !== undefined ? 'unknown' : reportType(cues.type);
  if (type) report.type = type;
  if (cues.size) report.size = cues.size;
  if (cues.activity) report.activity = cues.activity;
  if (cues.direction) report.direction = cues.direction;
  const description = [cues.markings, cues.behavior].filter((s) => s !== undefined && s !== '').join('; ');
  if (description) report.description = description;
  if (cues.lights) report.lights = cues.lights;
  if (cues.lightColor) report.lightColor = cues.lightColor;
  else if (cues.lights === 'none') report.lightColor = 'none';
  if (cues.carrying !== undefined) report.payload = cues.carrying ? 'object-attached' : 'none-seen';
  if (track.classification) report.assessment = track.classification;
  return report;
}

/** The channel a report should go on: the primary while it is up, else the alternate when that is up, else the primary. */
export function defaultChannel(view: TraineeView): CommsChannel {
  if (view.comms.primary === 'up') return 'primary';
  return view.comms.alternate === 'up' || view.comms.primary === 'down' ? 'alternate' : 'primary';
}
