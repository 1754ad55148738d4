/** Report accuracy: a filed SALUTE report compared field by field with what the trainee could observe, with tolerances. */

import type { ObservedReport, TruthReport } from '../engine/types';
import { t } from '../i18n';
import { cellsApart, compassSteps, parseCell } from '../scenario/grid';
import type { Report } from '../scenario/schema';
import { clockDiffMinutes, clockToMinutes } from '../scenario/time';
import { type Compass8, SIZES, type Size } from '../scenario/vocab';

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

/** Each report field in plain words, as the form labels it. */
export const FIELD_NAME: Record<ReportField, string> = {
  get count() {
    return t('scoring:field.count');
  },
  get type() {
    return t('scoring:field.type');
  },
  get size() {
    return t('scoring:field.size');
  },
  get activity() {
    return t('scoring:field.activity');
  },
  get direction() {
    return t('scoring:field.direction');
  },
  get location() {
    return t('scoring:field.location');
  },
  get perimeter() {
    return t('scoring:field.perimeter');
  },
  get operatorLocation() {
    return t('scoring:field.operatorLocation');
  },
  get description() {
    return t('scoring:field.description');
  },
  get lights() {
    return t('scoring:field.lights');
  },
  get lightColor() {
    return t('scoring:field.lightColor');
  },
  get timeFirstSeen() {
    return t('scoring:field.timeFirstSeen');
  },
  get timeLastSeen() {
    return t('scoring:field.timeLastSeen');
  },
  get payload() {
    return t('scoring:field.payload');
  },
  get assessment() {
    return t('scoring:field.assessment');
  },
};

export interface FieldCredit {
  field: ReportField;
  credit: number;
  given: string;
  /** What could have been said: the observation the field is judged against, or "not observable yet". */
  expected: string;
}

export interface Accuracy {
  /** Mean credit over every field, 0–1. */
  accuracy: number;
  fields: FieldCredit[];
}

const STILL = new Set(['hovering', 'loitering', 'circling']);

/** Whether a given value says "not observed": left out, blank, "unknown" (and "not-seen" for the operator). */
export function saysUnknown(field: ReportField, v: unknown): boolean {
  if (v === undefined || v === 'unknown') return true;
  if (typeof v === 'string' && v.trim() === '') return true;
  return field === 'operatorLocation' && v === 'not-seen';
}

/** Credit for a cell: 1 exact, 0.5 next to it (Chebyshev 1), else 0. */
export function cellCredit(given: string | undefined, truth: string): number {
  const a = given ? parseCell(given) : null;
  const b = parseCell(truth);
  if (!a || !b) return 0;
  const d = cellsApart(a, b);
  return d === 0 ? 1 : d === 1 ? 0.5 : 0;
}

function clockCredit(given: string, want: string): number {
  const a = clockToMinutes(given);
  const b = clockToMinutes(want);
  if (a === null || b === null) return 0;
  const d = Math.abs(clockDiffMinutes(a, b));
  return d <= 1 ? 1 : d <= 2 ? 0.5 : 0;
}

function words(s: string): string[] {
  return s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
}

function descriptionCredit(given: string, want: string): number {
  const wanted = words(want);
  if (wanted.length === 0) return 1;
  const have = new Set(words(given));
  const share = wanted.filter((w) => have.has(w)).length / wanted.length;
  return share >= 0.5 ? 1 : share > 0 ? 0.5 : 0;
}

function countCredit(given: unknown, want: number): number {
  if (given === want) return 1;
  return typeof given === 'number' && want >= 2 && Math.abs(given - want) === 1 ? 0.5 : 0;
}

function sizeCredit(given: unknown, want: Size): number {
  if (given === want) return 1;
  const i = SIZES.indexOf(given as Size);
  return i >= 0 && Math.abs(i - SIZES.indexOf(want)) === 1 ? 0.5 : 0;
}

function activityCredit(given: unknown, want: string): number {
  if (given === want) return 1;
  return typeof given === 'string' && STILL.has(given) === STILL.has(want) ? 0.5 : 0;
}

function directionCredit(given: unknown, want: string): number {
  if (given === want) return 1;
  if (typeof given !== 'string' || given === 'stationary' || want === 'stationary') return 0;
  return compassSteps(given as Compass8, want as Compass8) === 1 ? 0.5 : 0;
}

function lightColorCredit(given: string, want: string): number {
  const g = given.trim().toLowerCase();
  const w = want.trim().toLowerCase();
  if (w === '') return g === 'none' ? 1 : 0;
  return g.includes(w) || w.includes(g) ? 1 : 0;
}

/** Credit for a value the trainee gave for a field that was observable as `want` (truth: the value now). */
function knownCredit(field: ReportField, given: unknown, want: NonNullable<unknown>, truth: TruthReport): number {
  const g = String(given);
  switch (field) {
    case 'count':
      return countCredit(given, want as number);
    case 'size':
      return sizeCredit(given, want as Size);
    case 'activity':
      return Math.max(activityCredit(given, want as string), activityCredit(given, truth.activity));
    case 'direction':
      return Math.max(directionCredit(given, want as string), directionCredit(given, truth.direction));
    case 'location':
      return Math.max(cellCredit(g, want as string), cellCredit(g, truth.location));
    case 'perimeter':
      return given === want || given === truth.perimeter ? 1 : 0;
    case 'operatorLocation':
      return Math.max(cellCredit(g, want as string), cellCredit(g, truth.operatorLocation));
    case 'description':
      return descriptionCredit(g, want as string);
    case 'lightColor':
      return lightColorCredit(g, want as string);
    case 'timeFirstSeen':
      return Math.max(clockCredit(g, want as string), clockCredit(g, truth.timeFirstSeen));
    case 'timeLastSeen':
      return clockCredit(g, want as string);
    default:
      return given === want ? 1 : 0;
  }
}

/**
 * Credit for one field. A field that was not observable by the report's time is right when it says
 * "unknown" and gets nothing for any value, even one that matches the truth. An observable field
 * earns credit for matching the observation (within the tolerances); "unknown" there earns nothing,
 * except where the observation itself is empty (no markings, no lights to colour).
 */
function fieldCredit(field: ReportField, r: Report, observed: ObservedReport, truth: TruthReport): number {
  const given = r[field];
  const want = observed[field];
  const unknown = saysUnknown(field, given);
  if (want === null) return unknown ? 1 : 0;
  if (unknown) return want === '' || (field === 'type' && want === 'unknown') ? 1 : 0;
  return knownCredit(field, given, want, truth);
}

function shown(v: unknown): string {
  return v === undefined || v === '' ? '—' : String(v);
}

/**
 * Scores a report field by field against what the trainee could have observed of the contact by
 * the report's time (`observed`), with the truth at that time accepted for place, direction and activity.
 */
export function reportAccuracy(report: Report, observed: ObservedReport, truth: TruthReport): Accuracy {
  const fields = REPORT_FIELDS.map((field) => ({
    field,
    credit: fieldCredit(field, report, observed, truth),
    given: shown(report[field]),
    expected:
      observed[field] === null
        ? t('scoring:accuracy.notObservable')
        : shown(observed[field] === '' ? 'none' : observed[field]),
  }));
  return { accuracy: fields.reduce((a, f) => a + f.credit, 0) / fields.length, fields };
}
