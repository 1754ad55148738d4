/**
 * xAPI statements for a run, in cmi5's order: initialized, one `answered` per answered probe,
 * passed or failed (scaled score against the pass mark), completed, terminated. Pure: the
 * wall-clock start, finish and answer times come in as epoch milliseconds; ids derive from the run.
 */
import type { Activity, Actor, InteractionActivity, Statement } from '@xapi/xapi';
import type { State } from '../../engine/types';
import type { Scenario } from '../../scenario/model';
import { ownValue } from '../../scenario/own';
import type { ScoreCard } from '../types';
import { isoDuration, isoUtc, uuidFrom } from './ids';

const ADL = 'http://adlnet.gov/expapi/verbs/';
export const VERBS = ['initialized', 'answered', 'passed', 'failed', 'completed', 'terminated'] as const;
export type VerbName = (typeof VERBS)[number];

const EXT = {
  seed: 'urn:skywatch:extension:seed',
  scenarioHash: 'urn:skywatch:extension:scenario-hash',
  scenarioTime: 'urn:skywatch:extension:scenario-time',
  saLevel: 'urn:skywatch:extension:sa-level',
  masteryScore: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const;

export interface XapiRun {
  scenario: Scenario;
  scenarioHash: string;
  card: ScoreCard;
  /** The run's final state (probe answers and their scenario times). */
  state: State;
  /** The recorded actions, as JSON: part of what makes the registration id. */
  actionsJson: string;
  actor: Actor;
  /** Wall-clock epoch ms when the run started and finished. */
  startedMs: number;
  finishedMs: number;
  /** Probe id → wall-clock epoch ms its answer was given, when the run kept wall times; else they are interpolated. */
  answeredMs?: Readonly<Record<string, number>>;
}

/** The activity IRI of a scenario (and of one of its probes). */
export function activityId(scenarioId: string, probe?: string): string {
  return `urn:skywatch:scenario:${scenarioId}${probe ? `:probe:${probe}` : ''}`;
}

/** The registration id of a run: the same run finished at the same moment always gets the same id. */
export function registrationOf(run: Pick<XapiRun, 'scenarioHash' | 'card' | 'actionsJson' | 'finishedMs'>): string {
  return uuidFrom(`registration|${run.scenarioHash}|${run.card.seed}|${run.actionsJson}|${run.finishedMs}`);
}

/** The verbs' display in Spanish, beside the ADL English. */
const VERB_ES: Record<VerbName, string> = {
  initialized: 'iniciado',
  answered: 'respondido',
  passed: 'aprobado',
  failed: 'no aprobado',
  completed: 'completado',
  terminated: 'terminado',
};

function verb(name: VerbName): Statement['verb'] {
  return { id: `${ADL}${name}`, display: { 'en-US': name, es: VERB_ES[name] } };
}

/** A language map: the scenario's own (English) text, and its Spanish translation when the scenario gives one. */
function languageMap(en: string, es: string | undefined): Record<string, string> {
  return es === undefined ? { 'en-US': en } : { 'en-US': en, es };
}

function scenarioActivity(s: Scenario): Activity {
  const es = s.i18n?.translations.es;
  return {
    objectType: 'Activity',
    id: activityId(s.id),
    definition: {
      name: languageMap(s.title, es?.title),
      description: languageMap(s.summary, es?.summary),
      type: 'http://adlnet.gov/expapi/activities/simulation',
    },
  };
}

function probeActivity(s: Scenario, probe: string, correct: number | null | undefined): InteractionActivity {
  const inj = s.injects.find((i) => i.id === probe);
  const choices = inj?.type === 'probe' ? inj.choices : [];
  const es = s.i18n?.translations.es?.injects;
  const tr = es ? ownValue(es, probe) : undefined;
  return {
    objectType: 'Activity',
    id: activityId(s.id, probe),
    definition: {
      name: languageMap(inj?.type === 'probe' ? inj.question : probe, tr?.question),
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: choices.map((text, i) => ({ id: `choice-${i}`, description: languageMap(text, tr?.choices?.[i]) })),
      ...(typeof correct === 'number' ? { correctResponsesPattern: [`choice-${correct}`] } : {}),
    },
  };
}

/** A 0–100 score as a 0–1 fraction to two decimals (81 → 0.81, never 0.8100000000000001). */
function hundredths(score: number): number {
  return Math.round(Math.min(100, Math.max(0, score))) / 100;
}

/** The statements of a finished (or stopped) run, in order, with strictly non-decreasing UTC timestamps. */
export function buildStatements(run: XapiRun): Statement[] {
  const { scenario, card, state } = run;
  const registration = registrationOf(run);
  const span = Math.max(0, run.finishedMs - run.startedMs);
  const interpolated = (t: number) => run.startedMs + (card.endedMs > 0 ? Math.min(1, t / card.endedMs) * span : 0);
  let latest = run.startedMs;
  const wall = (probe: string, t: number): number => {
    const real = run.answeredMs?.[probe];
    latest = Math.min(run.finishedMs, Math.max(latest, real ?? interpolated(t)));
    return latest;
  };
  const duration = isoDuration(span);
  const baseContext = {
    registration,
    platform: 'Skywatch',
    language: 'en-US',
    extensions: { [EXT.seed]: card.seed, [EXT.scenarioHash]: run.scenarioHash },
  };
  const out: Statement[] = [];
  const push = (name: VerbName, atMs: number, rest: Partial<Statement>): void => {
    out.push({
      id: uuidFrom(`${registration}|${out.length}|${name}`),
      actor: run.actor,
      verb: verb(name),
      object: scenarioActivity(scenario),
      context: baseContext,
      timestamp: isoUtc(atMs),
      ...rest,
    });
  };
  push('initialized', run.startedMs, {});
  for (const e of state.log) {
    if (e.type !== 'probe-answered') continue;
    const inj = scenario.injects.find((i) => i.id === e.probe);
    push('answered', wall(e.probe, e.t), {
      object: probeActivity(scenario, e.probe, ownValue(state.probeTruth, e.probe)),
      result: { response: `choice-${e.choice}`, ...(e.correct === null ? {} : { success: e.correct }) },
      context: {
        ...baseContext,
        contextActivities: { parent: [scenarioActivity(scenario)] },
        extensions: {
          ...baseContext.extensions,
          [EXT.scenarioTime]: isoDuration(e.t),
          [EXT.saLevel]: inj?.type === 'probe' ? inj.level : null,
        },
      },
    });
  }
  const raw = Math.min(100, Math.max(0, Math.round(card.overall)));
  push(card.passed ? 'passed' : 'failed', run.finishedMs, {
    result: { score: { scaled: hundredths(raw), raw, min: 0, max: 100 }, success: card.passed, duration },
    context: {
      ...baseContext,
      extensions: { ...baseContext.extensions, [EXT.masteryScore]: hundredths(card.passMark) },
    },
  });
  push('completed', run.finishedMs, { result: { completion: true, duration } });
  push('terminated', run.finishedMs, { result: { duration } });
  return out;
}
