/** Scenario text → Scenario: syntax, schema version, shape, cross-references, then normalization. */
import { t } from '../i18n';
import { context, salvage, whole } from './crossref/context';
import { crossref } from './crossref/index';
import { error, type Finding } from './finding';
import { issueParams, zodFindings } from './issues';
import { readJsonc, stripBom } from './jsonc';
import { locator } from './locate';
import { migrate } from './migrate';
import type { Scenario } from './model';
import { normalize } from './normalize';
import type { Problem, Result } from './result';
import { type ScenarioFile, scenarioSchema } from './schema';

/** Everything known about a scenario text: the Scenario (when there are no errors), the file, all problems. */
export interface ScenarioCheck {
  /** The normalized scenario, or null when any problem is an error. */
  scenario: Scenario | null;
  /** The file as written (migrated to the current version) when its shape is valid, else null. */
  file: ScenarioFile | null;
  /** Errors and warnings in reading order. */
  problems: Problem[];
}

/** Problems sorted by position, errors before warnings at the same place. */
export function byPosition(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
}

function check(source: string): ScenarioCheck {
  const text = stripBom(source);
  const read = readJsonc(text);
  const place = locator(text, read.root);
  const done = (findings: Finding[], file: ScenarioFile | null = null): ScenarioCheck => {
    const problems = byPosition(findings.map(place));
    const clean = !problems.some((p) => p.severity === 'error');
    return { scenario: clean && file ? normalize(file) : null, file, problems };
  };
  if (read.value === undefined) return done(read.findings);
  const migrated = migrate(read.value);
  if (!migrated.ok) return done([...read.findings, ...migrated.error]);
  const allowed = new WeakMap<object, string[]>();
  const parsed = scenarioSchema.safeParse(migrated.value, issueParams(allowed));
  const findings = [...read.findings];
  if (!parsed.success) findings.push(...zodFindings(parsed.error.issues, allowed));
  const partial = parsed.success ? { file: whole(parsed.data), broken: undefined } : salvage(migrated.value);
  findings.push(...crossref(context(migrated.value, partial.file, partial.broken)));
  return done(findings, parsed.success ? parsed.data : null);
}

/** Checks a scenario text and reports every problem at once, warnings included. Never throws. */
export function checkScenario(text: string): ScenarioCheck {
  try {
    return check(String(text));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const internal = error('internal', [], t('scenario:internal', { detail }));
    return { scenario: null, file: null, problems: [locator('', undefined)(internal)] };
  }
}

/** Parses a scenario text into the engine's Scenario, or every problem found (errors and warnings). Never throws. */
export function parseScenario(text: string): Result<Scenario, Problem[]> {
  const { scenario, problems } = checkScenario(text);
  return scenario ? { ok: true, value: scenario } : { ok: false, error: problems };
}
