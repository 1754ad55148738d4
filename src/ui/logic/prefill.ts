/** Prefills the SALUTE report from what the trainee has observed of a track: never from ground truth. */
import type { Track } from '../../engine/types';
import { cellName, cellOf } from '../../scenario/grid';
import type { Scenario } from '../../scenario/model';
import type { Report } from '../../scenario/schema';
import { clockAt } from '../../scenario/time';
import type { ReportType } from '../../scenario/vocab';

function reportType(type: string | undefined): ReportType | undefined {
  if (type === 'multirotor' || type === 'fixed-wing') return type;
  return type === undefined ? undefined : 'unknown';
}

/** The cell a track was last seen in, clamped to the map. */
export function trackCell(scenario: Scenario, track: Pick<Track, 'x' | 'y'>): { c: number; r: number } {
  const cell = cellOf(track);
  return {
    c: Math.min(Math.max(cell.c, 0), scenario.map.cols - 1),
    r: Math.min(Math.max(cell.r, 0), scenario.map.rows - 1),
  };
}

/** The operator's cell as the trainee saw it: a ground track they classified as a possible operator. */
function operatorSeen(scenario: Scenario, tracks: readonly Track[]): string {
  const op = tracks.find((t) => t.classification === 'possible-operator');
  return op ? cellName(trackCell(scenario, op)) : 'not-seen';
}

/** A report with every field the trainee can fill from the selected track's observed cues. */
export function prefillReport(scenario: Scenario, tracks: readonly Track[], label: string): Report {
  const track = tracks.find((t) => t.label === label);
  if (!track) return {};
  const cues = track.cues;
  const cell = trackCell(scenario, track);
  const report: Report = {
    location: cellName(cell),
    perimeter: scenario.map.perimeter[cell.r]?.[cell.c] ? 'inside' : 'outside',
    operatorLocation: operatorSeen(scenario, tracks),
    timeFirstSeen: clockAt(scenario.startClockMin, track.createdMs),
    timeLastSeen: clockAt(scenario.startClockMin, track.lastSeenMs),
  };
  if (cues.count !== undefined) report.count = cues.count;
  const type = reportType(cues.type);
  if (type) report.type = type;
  if (cues.size) report.size = cues.size;
  if (cues.activity) report.activity = cues.activity;
  if (cues.direction) report.direction = cues.direction;
  if (cues.markings) report.description = cues.markings;
  if (cues.lights) report.lights = cues.lights;
  if (cues.lightColor) report.lightColor = cues.lightColor;
  if (cues.carrying !== undefined) report.payload = cues.carrying ? 'object-attached' : 'none-seen';
  if (track.classification) report.assessment = track.classification;
  return report;
}
