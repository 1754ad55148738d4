/** Report accuracy: a filed SALUTE report compared field by field with the ground truth, with tolerances. */
import type { TruthReport } from '../engine/types';
import { cellsApart, compassSteps, parseCell } from '../scenario/grid';
import type { Report } from '../scenario/schema';
import { clockDiffMinutes, clockToMinutes } from '../scenario/time';
import { type Compass8, SIZES } from '../scenario/vocab';

/** The report fields, in the order the form and the debrief show them. */
export const REPORT_FIELDS = [
  'count',
  'type',
  'size',
  'activity',
  'direction',
  'location',
  'perimeter',
  'operatorLocation',
  'description',
  'lights',
  'lightColor',
  'timeFirstSeen',
  'timeLastSeen',
  'payload',
  'assessment',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export interface FieldCredit {
  field: ReportField;
  credit: number;
  given: string;
  truth: string;
}

export interface Accuracy {
  /** Mean credit over every field, 0–1. */
  accuracy: number;
  fields: FieldCredit[];
}

const STILL = new Set(['hovering', 'loitering', 'circling']);

/** Credit for a cell: 1 exact, 0.5 next to it (Chebyshev 1), else 0. */
export function cellCredit(given: string | undefined, truth: string): number {
  const a = given ? parseCell(given) : null;
  const b = parseCell(truth);
  if (!a || !b) return 0;
  const d = cellsApart(a, b);
  return d === 0 ? 1 : d === 1 ? 0.5 : 0;
}

function clockCredit(given: string | undefined, truth: string): number {
  const a = given ? clockToMinutes(given) : null;
  const b = clockToMinutes(truth);
  if (a === null || b === null) return 0;
  const d = Math.abs(clockDiffMinutes(a, b));
  return d <= 1 ? 1 : d <= 2 ? 0.5 : 0;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
}

function descriptionCredit(given: string | undefined, truth: string): number {
  const want = words(truth);
  if (want.length === 0) return 1;
  const have = new Set(words(given ?? ''));
  const share = want.filter((w) => have.has(w)).length / want.length;
  return share >= 0.5 ? 1 : share > 0 ? 0.5 : 0;
}

function fieldCredit(field: ReportField, r: Report, truth: TruthReport, operatorSeen: boolean): number {
  switch (field) {
    case 'count':
      return r.count === truth.count
        ? 1
        : r.count !== undefined && truth.count >= 2 && Math.abs(r.count - truth.count) === 1
          ? 0.5
          : 0;
    case 'type':
      return r.type === truth.type ? 1 : r.type === 'unknown' ? 0.5 : 0;
    case 'size':
      if (r.size === undefined) return 0;
      return r.size === truth.size ? 1 : Math.abs(SIZES.indexOf(r.size) - SIZES.indexOf(truth.size)) === 1 ? 0.5 : 0;
    case 'activity':
      if (r.activity === truth.activity) return 1;
      return r.activity !== undefined && STILL.has(r.activity) === STILL.has(truth.activity) ? 0.5 : 0;
    case 'direction':
      if (r.direction === truth.direction) return 1;
      if (!r.direction || r.direction === 'stationary' || truth.direction === 'stationary') return 0;
      return compassSteps(r.direction as Compass8, truth.direction as Compass8) === 1 ? 0.5 : 0;
    case 'location':
      return cellCredit(r.location, truth.location);
    case 'perimeter':
      return r.perimeter === truth.perimeter ? 1 : 0;
    case 'operatorLocation':
      if (truth.operatorLocation === 'not-seen' || !operatorSeen) {
        return r.operatorLocation === 'not-seen' ? 1 : r.operatorLocation === truth.operatorLocation ? 1 : 0;
      }
      return r.operatorLocation === 'not-seen' ? 0 : cellCredit(r.operatorLocation, truth.operatorLocation);
    case 'description':
      return descriptionCredit(r.description, truth.description);
    case 'lights':
      return r.lights === truth.lights ? 1 : 0;
    case 'lightColor': {
      const given = (r.lightColor ?? '').trim().toLowerCase();
      const want = truth.lightColor.trim().toLowerCase();
      if (want === '') return given === '' ? 1 : 0;
      return given !== '' && (given.includes(want) || want.includes(given)) ? 1 : 0;
    }
    case 'timeFirstSeen':
      return clockCredit(r.timeFirstSeen, truth.timeFirstSeen);
    case 'timeLastSeen':
      return clockCredit(r.timeLastSeen, truth.timeLastSeen);
    case 'payload':
      return r.payload === truth.payload ? 1 : r.payload === 'unknown' ? 0.5 : 0;
    case 'assessment':
      return r.assessment === truth.assessment ? 1 : 0;
  }
}

function shown(v: unknown): string {
  return v === undefined || v === '' ? '—' : String(v);
}

/**
 * Scores a report against the truth at its filing time. `operatorSeen` says whether the operator
 * had been observable to the trainee by then: if not, "not-seen" is a right answer.
 */
export function reportAccuracy(report: Report, truth: TruthReport, operatorSeen: boolean): Accuracy {
  const fields = REPORT_FIELDS.map((field) => ({
    field,
    credit: fieldCredit(field, report, truth, operatorSeen),
    given: shown(report[field]),
    truth: shown(truth[field]),
  }));
  return { accuracy: fields.reduce((a, f) => a + f.credit, 0) / fields.length, fields };
}
