/**
 * `npm run validate -- [--playtest] [--strict] [--lang en|es] FILE...`: checks scenario files and prints one line per
 * problem, `FILE:LINE:COL /pointer message` (a syntax error or an unreadable file has no pointer:
 * `FILE:LINE:COL message`). Every valid scenario is also played headless for the
 * playability warnings. Exit 0 when every file is valid (warnings allowed unless --strict), else 1.
 * Messages are in the language of `--lang` or the environment (see language.ts). Never prints a stack trace.
 */
import { t } from '../i18n';
import { byPosition, checkScenario, formatProblem, type Problem } from '../scenario/index';
import type { Scenario } from '../scenario/model';
import { playabilityWarnings } from '../scoring/playability';
import { isMain, readTextFile, unreadableLine } from './io';
import { runInLanguage } from './language';
import { playtest } from './playtest';

/** What a playtest of one valid scenario found: lines to print and whether it passed. */
export interface PlaytestOutcome {
  lines: string[];
  ok: boolean;
}

/** Plays a valid scenario (plugged in by `--playtest`). */
export type Playtest = (scenario: Scenario, file: string) => PlaytestOutcome;

export interface ValidateOptions {
  /** Run after a file validates without errors. */
  playtest?: Playtest;
  /** Warnings count as errors: the file is not valid and the line names the rule. */
  strict?: boolean;
}

export interface ValidateResult {
  /** Problem lines for stdout, in file order then position order. */
  lines: string[];
  /** One-line summary for stderr. */
  summary: string;
  exitCode: 0 | 1;
}

/** Validates each file (and playtests valid ones when asked); never throws. */
export function validateFiles(paths: readonly string[], options: ValidateOptions = {}): ValidateResult {
  const lines: string[] = [];
  let failedFiles = 0;
  let errors = 0;
  let warnings = 0;
  for (const path of paths) {
    const read = readTextFile(path);
    if (!read.ok) {
      lines.push(unreadableLine(path, read.reason));
      failedFiles++;
      errors++;
      continue;
    }
    const checked = checkScenario(read.text);
    const { scenario } = checked;
    const problems =
      scenario && checked.file
        ? withPlayability(checked.problems, scenario, checked.file, read.text, path)
        : checked.problems;
    lines.push(...problems.map((p) => problemLine(path, p, options.strict === true)));
    const fileErrors = problems.filter((p) => p.severity === 'error').length;
    errors += fileErrors;
    warnings += problems.length - fileErrors;
    let ok = fileErrors === 0 && scenario !== null && !(options.strict && problems.length > 0);
    if (scenario && options.playtest) {
      const outcome = runPlaytest(options.playtest, scenario, path);
      lines.push(...outcome.lines);
      ok = outcome.ok;
    }
    if (!ok) failedFiles++;
  }
  const summary = t('cli:validate.summary', {
    files: paths.length,
    failed: failedFiles,
    errors,
    warnings,
    strict: options.strict ? 'yes' : 'no',
  });
  return { lines, summary, exitCode: failedFiles === 0 ? 0 : 1 };
}

/** A problem's line; under --strict a warning reads as an error naming its rule: `error (strict, probe-early): …`. */
function problemLine(path: string, p: Problem, strict: boolean): string {
  if (!strict || p.severity !== 'warning') return formatProblem(path, p);
  return formatProblem(path, { ...p, severity: 'error', message: `error (strict, ${p.code}): ${p.message}` });
}

/** The static problems plus the warnings only playing shows, in position order. */
function withPlayability(
  problems: Problem[],
  scenario: Scenario,
  file: Parameters<typeof playabilityWarnings>[1],
  text: string,
  path: string,
): Problem[] {
  try {
    return byPosition([...problems, ...playabilityWarnings(scenario, file, text)]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const failed: Problem = {
      severity: 'error',
      code: 'playability-failed',
      pointer: '',
      line: 1,
      column: 1,
      message: t('cli:validate.playabilityFailed', { path, detail }),
    };
    return [...problems, failed];
  }
}

function runPlaytest(playtest: Playtest, scenario: Scenario, path: string): PlaytestOutcome {
  try {
    return playtest(scenario, path);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { lines: [`${path}:1:1 / ${t('cli:validate.playtestFailed', { detail })}`], ok: false };
  }
}

/** The usage text, in the current language. */
export function usage(): string {
  return [
    t('cli:validate.usage'),
    t('cli:validate.usagePlaytest'),
    t('cli:validate.usageStrict'),
    t('cli:usageLang'),
  ].join('\n');
}

/** The command: parses arguments, prints, and returns the exit code. */
export function main(args: readonly string[]): number {
  const withPlaytest = args.includes('--playtest');
  const strict = args.includes('--strict');
  const files = args.filter((a) => a !== '--' && a !== '--playtest' && a !== '--strict');
  if (files.includes('--help') || files.includes('-h')) {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown || files.length === 0) {
    process.stderr.write(`${unknown ? `${t('cli:unknownOption', { option: unknown })}\n` : ''}${usage()}\n`);
    return 1;
  }
  const result = validateFiles(files, { strict, ...(withPlaytest ? { playtest } : {}) });
  if (result.lines.length > 0) process.stdout.write(`${result.lines.join('\n')}\n`);
  process.stderr.write(`${result.summary}\n`);
  return result.exitCode;
}

if (isMain(import.meta.url)) {
  try {
    process.exitCode = await runInLanguage(process.argv.slice(2), process.env, main, usage);
  } catch (e) {
    process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
