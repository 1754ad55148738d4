/** The SALUTE report form's fields, and turning what was typed into a report (or saying what is wrong). */
import { t } from '../../i18n';
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

/** A field whose label and hint are read in the current language each time they are shown. */
function field(name: FieldName, label: () => string, more: Pick<FieldSpec, 'choices' | 'kind'>, hint?: () => string) {
  return {
    name,
    ...more,
    get label(): string {
      return label();
    },
    get hint(): string | undefined {
      return hint?.();
    },
  };
}

export const REPORT_FIELDS: readonly FieldSpec[] = [
  field(
    'count',
    () => t('app:reportForm.count'),
    { kind: 'count' },
    () => t('app:reportForm.countHint'),
  ),
  field('type', () => t('app:reportForm.type'), { choices: withUnknown(REPORT_TYPES) }),
  field('size', () => t('app:reportForm.size'), { choices: withUnknown(SIZES) }),
  field('activity', () => t('app:reportForm.activity'), { choices: withUnknown(ACTIVITIES) }),
  field('direction', () => t('app:reportForm.direction'), { choices: withUnknown(DIRECTIONS) }),
  field(
    'location',
    () => t('app:reportForm.location'),
    { kind: 'cell' },
    () => t('app:reportForm.locationHint'),
  ),
  field('perimeter', () => t('app:reportForm.perimeter'), { choices: withUnknown(PERIMETER_SIDES) }),
  field(
    'operatorLocation',
    () => t('app:reportForm.operatorLocation'),
    { kind: 'operator' },
    () => t('app:reportForm.operatorHint'),
  ),
  field(
    'description',
    () => t('app:reportForm.description'),
    { kind: 'text' },
    () => t('app:reportForm.descriptionHint'),
  ),
  field('lights', () => t('app:reportForm.lights'), { choices: withUnknown(LIGHT_MODES) }),
  field(
    'lightColor',
    () => t('app:reportForm.lightColor'),
    { kind: 'text' },
    () => t('app:reportForm.lightColorHint'),
  ),
  field(
    'timeFirstSeen',
    () => t('app:reportForm.timeFirstSeen'),
    { kind: 'clock' },
    () => t('app:reportForm.clockHint'),
  ),
  field(
    'timeLastSeen',
    () => t('app:reportForm.timeLastSeen'),
    { kind: 'clock' },
    () => t('app:reportForm.clockHint'),
  ),
  field('payload', () => t('app:reportForm.payload'), { choices: withUnknown(PAYLOADS) }),
  field('assessment', () => t('app:reportForm.assessment'), { choices: withUnknown(ASSESSMENTS) }),
];

/** Whether typed text means "unknown" (in English, the format's word, or in the current language). */
function isUnknown(raw: string): boolean {
  const word = raw.toLocaleLowerCase();
  return word === UNKNOWN || word === t('app:reportForm.unknownWord').toLocaleLowerCase();
}

/** Whether typed text means "not seen" (in English or in the current language). */
function isNotSeen(raw: string): boolean {
  return /^not[- ]seen$/i.test(raw) || raw.toLocaleLowerCase() === t('app:reportForm.notSeenWord').toLocaleLowerCase();
}

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
    if (isUnknown(raw)) {
      report[spec.name] = UNKNOWN;
      continue;
    }
    if (spec.choices) {
      if (spec.choices.includes(raw)) report[spec.name] = raw;
      else
        errors.push({
          field: spec.name,
          message: t('app:reportForm.chooseOne', {
            list: spec.choices.map((c) => valueLabel(spec.name, c)).join(', '),
          }),
        });
    } else if (spec.kind === 'count') {
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 0) report.count = n;
      else errors.push({ field: 'count', message: t('app:reportForm.badCount') });
    } else if (spec.kind === 'cell' || spec.kind === 'operator') {
      if (spec.kind === 'operator' && isNotSeen(raw)) report[spec.name] = 'not-seen';
      else {
        const cell = onMap(raw, map.cols, map.rows);
        if (cell) report[spec.name] = cell;
        else {
          errors.push({ field: spec.name, message: t('app:reportForm.badCell', { last: `${lastCol}${map.rows}` }) });
        }
      }
    } else if (spec.kind === 'clock') {
      if (clockToMinutes(raw) !== null) report[spec.name] = raw;
      else errors.push({ field: spec.name, message: t('app:reportForm.badClock') });
    } else report[spec.name] = raw;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, report: report as Report };
}

/** The form's text for each field of a (prefilled) report. */
export function reportValues(report: Report): Partial<Record<FieldName, string>> {
  const values: Partial<Record<FieldName, string>> = {};
  for (const spec of REPORT_FIELDS) {
    const v = report[spec.name];
    if (v === undefined) continue;
    if (v === 'not-seen') values[spec.name] = t('app:reportForm.notSeenWord');
    else if (v === UNKNOWN && !spec.choices) values[spec.name] = t('app:reportForm.unknownWord');
    else values[spec.name] = String(v);
  }
  return values;
}

/** The line under the form's title. */
export function readHint(): string {
  return t('app:reportForm.readHint');
}
