/** The SALUTE report form's fields, and turning what was typed into a report (or saying what is wrong). */
import { parseCell } from '../../scenario/grid';
import { valueLabel } from '../../scenario/labels';
import type { Report } from '../../scenario/schema';
import { clockToMinutes } from '../../scenario/time';
import {
  ACTIVITIES,
  ASSESSMENTS,
  DIRECTIONS,
  LIGHT_MODES,
  PAYLOADS,
  PERIMETER_SIDES,
  REPORT_TYPES,
  SIZES,
  UNKNOWN,
} from '../../scenario/vocab';

export type FieldName = keyof Report;

/** One form field: its label, and either choices (a select) or a free-text kind. */
export interface FieldSpec {
  name: FieldName;
  label: string;
  choices?: readonly string[];
  kind?: 'count' | 'cell' | 'operator' | 'clock' | 'text';
  hint?: string;
}

/** A field's choices with "unknown" (not observed) last. */
const withUnknown = <T extends string>(choices: readonly T[]): readonly (T | typeof UNKNOWN)[] =>
  choices.includes(UNKNOWN as T) ? choices : [...choices, UNKNOWN];

export const REPORT_FIELDS: readonly FieldSpec[] = [
  { name: 'count', label: 'Size: how many', kind: 'count', hint: 'a number, or unknown' },
  { name: 'type', label: 'Type', choices: withUnknown(REPORT_TYPES) },
  { name: 'size', label: 'Size of each', choices: withUnknown(SIZES) },
  { name: 'activity', label: 'Activity', choices: withUnknown(ACTIVITIES) },
  { name: 'direction', label: 'Direction of travel', choices: withUnknown(DIRECTIONS) },
  { name: 'location', label: 'Location (cell)', kind: 'cell', hint: 'e.g. E5' },
  { name: 'perimeter', label: 'Perimeter', choices: withUnknown(PERIMETER_SIDES) },
  { name: 'operatorLocation', label: 'Operator location', kind: 'operator', hint: 'a cell, or unknown' },
  { name: 'description', label: 'Description (markings)', kind: 'text', hint: 'blank if none seen' },
  { name: 'lights', label: 'Lights', choices: withUnknown(LIGHT_MODES) },
  { name: 'lightColor', label: 'Light colour', kind: 'text', hint: 'blank if not seen' },
  { name: 'timeFirstSeen', label: 'Time first seen', kind: 'clock', hint: 'HH:MM' },
  { name: 'timeLastSeen', label: 'Time last seen', kind: 'clock', hint: 'HH:MM' },
  { name: 'payload', label: 'Payload', choices: withUnknown(PAYLOADS) },
  { name: 'assessment', label: 'Assessment', choices: withUnknown(ASSESSMENTS) },
];

export interface FieldError {
  field: FieldName;
  message: string;
}

function onMap(ref: string, cols: number, rows: number): string | null {
  const cell = parseCell(ref);
  if (!cell) return null;
  return cell.c < cols && cell.r < rows ? `${String.fromCharCode(65 + cell.c)}${cell.r + 1}` : null;
}

/** The report made of the filled-in fields (blank fields are left out), or the fields that are wrong. */
export function readReport(
  values: Partial<Record<FieldName, string>>,
  map: { cols: number; rows: number },
): { ok: true; report: Report } | { ok: false; errors: FieldError[] } {
  const report: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const lastCol = String.fromCharCode(64 + map.cols);
  for (const spec of REPORT_FIELDS) {
    const raw = (values[spec.name] ?? '').trim();
    if (raw === '') continue;
    if (raw.toLowerCase() === UNKNOWN) {
      report[spec.name] = UNKNOWN;
      continue;
    }
    if (spec.choices) {
      if (spec.choices.includes(raw)) report[spec.name] = raw;
      else
        errors.push({
          field: spec.name,
          message: `choose one of: ${spec.choices.map((c) => valueLabel(spec.name, c)).join(', ')}`,
        });
    } else if (spec.kind === 'count') {
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 0) report.count = n;
      else errors.push({ field: 'count', message: 'give a whole number (0 or more), or unknown' });
    } else if (spec.kind === 'cell' || spec.kind === 'operator') {
      if (spec.kind === 'operator' && /^not[- ]seen$/i.test(raw)) report[spec.name] = 'not-seen';
      else {
        const cell = onMap(raw, map.cols, map.rows);
        if (cell) report[spec.name] = cell;
        else {
          const also = ', or unknown';
          errors.push({ field: spec.name, message: `give a cell from A1 to ${lastCol}${map.rows}${also}` });
        }
      }
    } else if (spec.kind === 'clock') {
      if (clockToMinutes(raw) !== null) report[spec.name] = raw;
      else errors.push({ field: spec.name, message: 'give a clock time as HH:MM (e.g. 05:43), or unknown' });
    } else report[spec.name] = raw;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, report: report as Report };
}

/** The form's text for each field of a (prefilled) report. */
export function reportValues(report: Report): Partial<Record<FieldName, string>> {
  const values: Partial<Record<FieldName, string>> = {};
  for (const spec of REPORT_FIELDS) {
    const v = report[spec.name];
    if (v !== undefined) values[spec.name] = v === 'not-seen' ? 'not seen' : String(v);
  }
  return values;
}

/** The line under the form's title. */
export const READ_HINT =
  'Prefilled with what you have observed of this track, and nothing else. Leave a field blank (or choose unknown) if you did not see it: an honest unknown scores, a guess does not.';
