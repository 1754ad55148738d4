/**
 * Zod issues → findings in instructor language. Union failures are narrowed to the branch the
 * author most likely meant; custom messages from schema.ts are kept, zod's defaults rewritten.
 */
import type { z } from 'zod';
import { t } from '../i18n';
import { describeExpected, describeValue, isObject, isPrimitive, listValues } from './describe';
import { error, type Finding, type Path } from './finding';
import { CELL_OR_RANGE_PATTERN, CELL_PATTERN, CLOCK_PATTERN, ID_PATTERN, TIME_OFFSET_PATTERN } from './schema';
import { didYouMean } from './suggest';

/** The fields of a zod issue this module reads. */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  errors?: Issue[][];
  note?: string;
  discriminator?: string;
  options?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  pattern?: string;
}

/** Marks a message zod made up itself (no custom message in schema.ts). */
const DEFAULT = '\u0000default';

/** Options for safeParse that keep the input on each issue and note the fields an object allows. */
export function issueParams(allowed: WeakMap<object, string[]>): z.core.ParseContext<z.core.$ZodIssue> {
  return {
    reportInput: true,
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const shape = (iss.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
        if (shape) allowed.set(iss.keys, Object.keys(shape));
      }
      return DEFAULT;
    },
  };
}

const PATTERN_CODES: [RegExp, string][] = [
  [ID_PATTERN, 'bad-id'],
  [TIME_OFFSET_PATTERN, 'bad-time'],
  [CLOCK_PATTERN, 'bad-clock'],
  [CELL_PATTERN, 'bad-cell'],
  [CELL_OR_RANGE_PATTERN, 'bad-cell'],
];

function formatCode(pattern: string | undefined): string {
  return PATTERN_CODES.find(([re]) => re.toString() === pattern)?.[1] ?? 'bad-format';
}

const isDefault = (iss: Issue) => iss.message === DEFAULT;
const withFound = (message: string, input: unknown) =>
  isPrimitive(input) ? t('scenario:found', { message, found: describeValue(input) }) : message;
const fieldName = (path: Path) => {
  const last = path[path.length - 1];
  return typeof last === 'string' ? `"${last}" ` : '';
};

function rangeMessage(iss: Issue, path: Path): string {
  const small = iss.code === 'too_small';
  const n = Number(small ? iss.minimum : iss.maximum);
  const field = fieldName(path);
  const values = { field, n: String(n), count: n };
  if (iss.origin === 'array')
    return small ? t('scenario:range.fewItems', values) : t('scenario:range.manyItems', values);
  if (iss.origin === 'string') {
    if (small && n === 1) return t('scenario:range.empty', values);
    return small ? t('scenario:range.fewCharacters', values) : t('scenario:range.manyCharacters', values);
  }
  const bound = small ? (iss.inclusive ? 'atLeast' : 'moreThan') : iss.inclusive ? 'atMost' : 'lessThan';
  return t('scenario:range.number', { ...values, bound });
}

function valueMessage(iss: Issue): string {
  const values = iss.values ?? [];
  const suggestion = typeof iss.input === 'string' ? didYouMean(iss.input, values.map(String)) : '';
  const expected = t('scenario:value.expected', { count: values.length, values: listValues(values) });
  return `${t('scenario:found', { message: expected, found: describeValue(iss.input) })}${suggestion}`;
}

function unknownKeys(iss: Issue, path: Path, allowed: WeakMap<object, string[]>, extra = ''): Finding[] {
  const known = (iss.keys && allowed.get(iss.keys)) ?? [];
  return (iss.keys ?? []).map((key) => {
    const hint = didYouMean(key, known);
    const fix =
      hint ||
      (extra
        ? ` — ${extra}`
        : known.length > 0
          ? t('scenario:field.removeOrUse', { fields: known.join(', ') })
          : t('scenario:field.remove'));
    return error('unknown-field', [...path, key], `${t('scenario:field.unknown', { key })}${fix}`, { atKey: true });
  });
}

function discriminatorFinding(iss: Issue, path: Path): Finding {
  const field = iss.discriminator ?? 'type';
  const options = iss.options ?? [];
  const present = isObject(iss.input) && field in iss.input;
  if (!present) {
    return error('missing-field', path, t('scenario:field.missingType', { field, values: listValues(options) }));
  }
  const value = (iss.input as Record<string, unknown>)[field];
  return error('bad-value', path, valueMessage({ ...iss, values: options, input: value }));
}

/** How far a union branch is from the input: wrong type ≫ unknown or missing fields ≫ other problems. */
function branchScore(issues: Issue[]): number {
  let score = 0;
  for (const iss of issues) {
    if (iss.path.length === 0 && iss.code === 'invalid_type') score += 100;
    else if (iss.path.length === 0 && iss.code === 'unrecognized_keys') score += 10 * (iss.keys?.length ?? 1);
    else if (iss.path.length === 1 && iss.input === undefined) score += 10;
    else score += 1;
  }
  return score;
}

const rootIssue = (issues: Issue[]) => issues.find((i) => i.path.length === 0 && i.code !== 'unrecognized_keys');

function unionFindings(iss: Issue, path: Path, allowed: WeakMap<object, string[]>): Finding[] {
  const branches = iss.errors ?? [];
  const scores = branches.map(branchScore);
  const best = Math.min(...scores);
  const chosen = branches[scores.indexOf(best)] ?? [];
  const custom = !isDefault(iss);
  const root = rootIssue(chosen);
  const objectKeys = isObject(iss.input) ? Object.keys(iss.input) : [];
  const unknownInAll = branches.map((b) =>
    b.filter((i) => i.path.length === 0 && i.code === 'unrecognized_keys').flatMap((i) => i.keys ?? []),
  );
  const noneRecognized = objectKeys.length > 0 && unknownInAll.every((keys) => keys.length === objectKeys.length);
  const unionMessage = custom ? iss.message : unionFallback(branches);
  if (noneRecognized) {
    const known = branches.flatMap((b) => b.flatMap((i) => (i.keys ? (allowed.get(i.keys) ?? []) : [])));
    const keysIssue = { ...iss, code: 'unrecognized_keys', keys: objectKeys };
    allowed.set(objectKeys, [...new Set(known)]);
    return unknownKeys(keysIssue, path, allowed, unionMessage);
  }
  const tie = scores.filter((s) => s === best).length > 1;
  const wrongKind = root && (root.code === 'invalid_type' || root.code === 'invalid_value');
  if (best >= 100 || (custom && (tie || wrongKind))) {
    const empty = iss.input === undefined || (isObject(iss.input) && Object.keys(iss.input).length === 0);
    const code = empty ? 'missing-field' : isObject(iss.input) ? 'invalid' : unionCode(branches);
    const message =
      iss.input === undefined
        ? t('scenario:field.missing', { field: fieldName(path), fix: unionMessage })
        : withFound(unionMessage, iss.input);
    return [error(code, path, message)];
  }
  return chosen.flatMap((i) => issueFindings(i, path, allowed));
}

function unionFallback(branches: Issue[][]): string {
  const expected = branches.map((b) => rootIssue(b)?.expected).filter((e): e is string => !!e);
  const or = ` ${t('scenario:value.or')} `;
  return expected.length > 0
    ? t('scenario:value.expectedType', { expected: [...new Set(expected)].map(describeExpected).join(or) })
    : t('scenario:value.notValidHere');
}

function unionCode(branches: Issue[][]): string {
  const formats = branches.map((b) => rootIssue(b)).filter((i) => i?.code === 'invalid_format');
  return formats.length > 0 ? formatCode(formats[0]?.pattern) : 'wrong-type';
}

/** Findings for one zod issue found under `base`. */
function issueFindings(iss: Issue, base: Path, allowed: WeakMap<object, string[]>): Finding[] {
  const path = [...base, ...iss.path.map((p) => (typeof p === 'number' ? p : String(p)))];
  const custom = !isDefault(iss);
  switch (iss.code) {
    case 'unrecognized_keys':
      return unknownKeys(iss, path, allowed);
    case 'invalid_union':
      return iss.note === 'No matching discriminator'
        ? [discriminatorFinding(iss, path)]
        : unionFindings(iss, path, allowed);
    case 'invalid_type':
      if (iss.input === undefined) {
        const fix = custom
          ? iss.message
          : t('scenario:field.addIt', { expected: describeExpected(iss.expected ?? '') });
        return [error('missing-field', path, t('scenario:field.missing', { field: fieldName(path), fix }))];
      }
      return [
        error(
          'wrong-type',
          path,
          custom
            ? withFound(iss.message, iss.input)
            : t('scenario:value.wrongType', {
                expected: describeExpected(iss.expected ?? ''),
                found: describeValue(iss.input),
              }),
        ),
      ];
    case 'invalid_value':
      return [error('bad-value', path, custom ? withFound(iss.message, iss.input) : valueMessage(iss))];
    case 'invalid_format':
      return [
        error(
          formatCode(iss.pattern),
          path,
          withFound(custom ? iss.message : t('scenario:value.badFormat'), iss.input),
        ),
      ];
    case 'too_small':
    case 'too_big':
      return [error('out-of-range', path, withFound(custom ? iss.message : rangeMessage(iss, path), iss.input))];
    default:
      return [error('invalid', path, withFound(custom ? iss.message : t('scenario:value.notValidHere'), iss.input))];
  }
}

/** Findings for all issues of a failed safeParse. */
export function zodFindings(issues: readonly unknown[], allowed: WeakMap<object, string[]>): Finding[] {
  return issues.flatMap((i) => issueFindings(i as Issue, [], allowed));
}
