/** Action scripts (recorded or scripted runs): parsed with the same positions and messages as scenarios. */
import { t } from '../i18n';
import { describeValue, isObject } from './describe';
import { error, type Finding } from './finding';
import { issueParams, zodFindings } from './issues';
import { readJsonc, stripBom } from './jsonc';
import { locator } from './locate';
import { byPosition } from './parse';
import type { Problem, Result } from './result';
import { type ActionFile, type ActionScriptFile, actionSchema, actionScriptSchema } from './schema';

const TARGETS: Partial<Record<ActionFile['type'], readonly ('contact' | 'track' | 'cell')[]>> = {
  mark: ['contact', 'cell'],
  classify: ['contact', 'track', 'cell'],
  report: ['contact', 'track', 'cell'],
};

/** Each mark, classify and report names its target exactly one way. */
function targetFindings(actions: unknown): Finding[] {
  if (!Array.isArray(actions)) return [];
  return actions.flatMap((raw, i): Finding[] => {
    const parsed = actionSchema.safeParse(raw);
    if (!parsed.success) return [];
    const action = parsed.data as Record<string, unknown> & ActionFile;
    const fields = TARGETS[action.type];
    if (!fields) return [];
    const given = fields.filter((f) => action[f] !== undefined);
    const options = fields.map((f) => `"${f}"`).join(` ${t('scenario:value.or')} `);
    if (given.length === 0) {
      return [
        error('target-missing', ['actions', i], t('scenario:action.targetMissing', { type: action.type, options })),
      ];
    }
    if (given.length > 1) {
      return [error('target-both', ['actions', i, given[1]], t('scenario:action.targetBoth', { options }))];
    }
    return [];
  });
}

function check(text: string): Problem[] | ActionScriptFile {
  const read = readJsonc(text);
  const place = locator(text, read.root);
  if (read.value === undefined) return read.findings.map(place);
  if (!isObject(read.value)) {
    const found = describeValue(read.value);
    return [place(error('not-an-object', [], t('scenario:action.notAnObject', { found })))];
  }
  const allowed = new WeakMap<object, string[]>();
  const parsed = actionScriptSchema.safeParse(read.value, issueParams(allowed));
  const findings = [...read.findings, ...targetFindings(read.value.actions)];
  if (!parsed.success) findings.push(...zodFindings(parsed.error.issues, allowed));
  return findings.length > 0 || !parsed.success ? byPosition(findings.map(place)) : parsed.data;
}

/** Parses an action script, or every problem found with pointer, line and column. Never throws. */
export function parseActionScript(text: string): Result<ActionScriptFile, Problem[]> {
  try {
    const out = check(stripBom(String(text)));
    return Array.isArray(out) ? { ok: false, error: out } : { ok: true, value: out };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const internal = error('internal', [], t('scenario:action.internal', { detail }));
    return { ok: false, error: [locator('', undefined)(internal)] };
  }
}
