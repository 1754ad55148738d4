/**
 * `npm run simulate -- SCENARIO [--actions SCRIPT | --policy perfect|observer|guesser|idle] [--seed N] [--timeline] [--json] [--lang en|es]`:
 * plays a scenario headless and prints the score card (with --timeline, the run's timeline first).
 * SCENARIO is a file or a built-in id. Without --actions or --policy it plays the perfect policy.
 * Text is in the language of `--lang` or the environment; the JSON's keys never change. Never prints a stack trace.
 */

import type { State } from '../engine/types';
import { t } from '../i18n';
import { formatProblem, parseActionScript, parseScenario } from '../scenario';
import type { Scenario } from '../scenario/model';
import type { Problem } from '../scenario/result';
import type { ActionFile } from '../scenario/schema';
import { POLICIES, POLICY_NAMES, type PolicyName, runPolicy, type ScoreCard, score, scoreRun } from '../scoring';
import { timeline, timelineLines } from '../scoring/timeline';
import { formatScoreCard } from './format-card';
import { isMain, readTextFile, unreadableLine } from './io';
import { runInLanguage } from './language';
import { resolveScenarioPath } from './load';

/** The usage text, in the current language. */
export function usage(): string {
  return [
    t('cli:simulate.usage'),
    t('cli:simulate.usageScenario'),
    t('cli:simulate.usageTimeline'),
    t('cli:usageLang'),
  ].join('\n');
}

interface Options {
  scenario: string;
  actions: string | null;
  policy: PolicyName | null;
  seed: number | null;
  json: boolean;
  timeline: boolean;
}

/** Parses the command line into options, or an error message. */
export function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { scenario: '', actions: null, policy: null, seed: null, json: false, timeline: false };
  const rest = args.filter((a) => a !== '--');
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(t('cli:needsValue', { option: a }));
      return v;
    };
    try {
      if (a === '--json') o.json = true;
      else if (a === '--timeline') o.timeline = true;
      else if (a === '--actions') o.actions = value();
      else if (a === '--policy') {
        const p = value();
        const known = POLICY_NAMES.find((n) => n === p);
        if (!known) return t('cli:simulate.unknownPolicy', { policy: p, policies: POLICY_NAMES.join(', ') });
        o.policy = known;
      } else if (a === '--seed') {
        const s = value();
        if (!/^-?\d+$/.test(s)) return t('cli:simulate.seedNotNumber', { seed: s });
        o.seed = Number(s);
        if (!Number.isSafeInteger(o.seed)) {
          const shown = s.length > 20 ? t('cli:simulate.longSeed', { start: s.slice(0, 12), length: s.length }) : s;
          return t('cli:simulate.seedRange', { max: String(Number.MAX_SAFE_INTEGER), seed: shown });
        }
      } else if (a.startsWith('-')) return t('cli:unknownOption', { option: a });
      else if (o.scenario) return t('cli:simulate.oneScenario', { first: o.scenario, second: a });
      else o.scenario = a;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (!o.scenario) return t('cli:simulate.noScenario');
  if (o.actions && o.policy) return t('cli:simulate.actionsOrPolicy');
  return o;
}

type Loaded<T> = { ok: true; value: T } | { ok: false; lines: string[] };

function load<T>(
  file: string,
  parse: (text: string) => { ok: true; value: T } | { ok: false; error: Problem[] },
): Loaded<T> {
  const read = readTextFile(file);
  if (!read.ok) return { ok: false, lines: [unreadableLine(file, read.reason)] };
  const parsed = parse(read.text);
  if (!parsed.ok) return { ok: false, lines: parsed.error.map((p) => formatProblem(file, p)) };
  return { ok: true, value: parsed.value };
}

interface Played {
  card: ScoreCard;
  state: State;
  rejected: { index: number; at: ActionFile['at']; type: string; reason: string }[];
  notes: string[];
}

function play(
  scenario: Scenario,
  o: Options,
  script: { scenario: string; seed?: number; actions: ActionFile[] } | null,
): Played {
  if (script) {
    const seed = o.seed ?? script.seed ?? scenario.seed;
    const notes =
      script.scenario !== scenario.id
        ? [t('cli:simulate.otherScenario', { recorded: script.scenario, scenario: scenario.id })]
        : [];
    const { card, state, rejected } = scoreRun(scenario, { seed, actions: script.actions });
    return {
      card,
      state,
      rejected: rejected.map((r) => ({
        index: r.index,
        at: r.action.at,
        type: r.action.type,
        reason: r.rejection.message,
      })),
      notes,
    };
  }
  const run = runPolicy(scenario, POLICIES[o.policy ?? 'perfect'], o.seed ?? scenario.seed);
  return { card: score(scenario, run.state, run.stoppedAtProbe), state: run.state, rejected: [], notes: [] };
}

/** The command: returns the exit code (0 when it played, 1 on bad input). */
export function main(args: readonly string[]): number {
  const o = parseArgs(args);
  if (typeof o === 'string') {
    process.stderr.write(`${o}\n${usage()}\n`);
    return 1;
  }
  const file = resolveScenarioPath(o.scenario);
  const scenario = load(file, parseScenario);
  if (!scenario.ok) {
    process.stdout.write(`${scenario.lines.join('\n')}\n`);
    return 1;
  }
  let script = null;
  if (o.actions) {
    const loaded = load(o.actions, parseActionScript);
    if (!loaded.ok) {
      process.stdout.write(`${loaded.lines.join('\n')}\n`);
      return 1;
    }
    script = loaded.value;
  }
  const { card, state, rejected, notes } = play(scenario.value, o, script);
  const events = o.timeline ? timeline(scenario.value, state) : null;
  if (o.json) {
    const extra = events ? { timeline: events } : {};
    process.stdout.write(`${JSON.stringify({ ...card, rejectedActions: rejected, ...extra }, null, 2)}\n`);
  } else {
    const source = script
      ? t('cli:simulate.actionsFrom', { file: o.actions ?? '' })
      : t('cli:simulate.policy', { policy: o.policy ?? 'perfect' });
    const title = `${scenario.value.title} — ${source}`;
    const shown = events ? [t('cli:simulate.timeline', { title }), ...timelineLines(events), ''] : [];
    const lines = [...notes, ...shown, ...formatScoreCard(card, title)];
    for (const r of rejected) {
      lines.push(
        t('cli:simulate.rejected', { index: String(r.index), type: r.type, at: String(r.at), reason: r.reason }),
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return 0;
}

if (isMain(import.meta.url)) {
  try {
    process.exitCode = await runInLanguage(process.argv.slice(2), process.env, main, usage);
  } catch (e) {
    process.stderr.write(`simulate: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
