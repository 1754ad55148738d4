/**
 * `npm run validate -- [--playtest] FILE...`: checks scenario files and prints one line per problem,
 * `FILE:LINE:COL /pointer message`. Exit 0 when every file is valid (warnings allowed), else 1.
 * Never prints a stack trace.
 */
import { checkScenario, formatProblem } from '../scenario/index';
import type { Scenario } from '../scenario/model';
import { isMain, readTextFile, unreadableLine } from './io';
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
    const { scenario, problems } = checkScenario(read.text);
    lines.push(...problems.map((p) => formatProblem(path, p)));
    const fileErrors = problems.filter((p) => p.severity === 'error').length;
    errors += fileErrors;
    warnings += problems.length - fileErrors;
    let ok = scenario !== null;
    if (scenario && options.playtest) {
      const outcome = runPlaytest(options.playtest, scenario, path);
      lines.push(...outcome.lines);
      ok = outcome.ok;
    }
    if (!ok) failedFiles++;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(paths.length, 'file')} checked: ${failedFiles === 0 ? 'all valid' : `${failedFiles} not valid`} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return { lines, summary, exitCode: failedFiles === 0 ? 0 : 1 };
}

function runPlaytest(playtest: Playtest, scenario: Scenario, path: string): PlaytestOutcome {
  try {
    return playtest(scenario, path);
  } catch (e) {
    return { lines: [`${path}:1:1 / playtest failed: ${e instanceof Error ? e.message : String(e)}`], ok: false };
  }
}

const USAGE =
  'usage: npm run validate -- [--playtest] FILE...   (checks Skywatch scenario files)\n' +
  '  --playtest  also plays each valid scenario: the perfect policy must pass, the idle policy must fail';

/** The command: parses arguments, prints, and returns the exit code. */
export function main(args: readonly string[]): number {
  const withPlaytest = args.includes('--playtest');
  const files = args.filter((a) => a !== '--' && a !== '--playtest');
  if (files.includes('--help') || files.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown || files.length === 0) {
    process.stderr.write(`${unknown ? `unknown option ${unknown}\n` : ''}${USAGE}\n`);
    return 1;
  }
  const result = validateFiles(files, withPlaytest ? { playtest } : {});
  if (result.lines.length > 0) process.stdout.write(`${result.lines.join('\n')}\n`);
  process.stderr.write(`${result.summary}\n`);
  return result.exitCode;
}

if (isMain(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
