/** The after-action review model: per capability the objectives, strengths, improvements, timeline, probes. */
import type { State } from '../../engine/types';
import type { Scenario } from '../../scenario/model';
import type { SaLevel } from '../../scenario/vocab';
import { ratingFor, round1 } from '../rating';
import type { ObjectiveResult, Rating, ScoreCard } from '../types';
import { type AarContext, aarContext } from './context';
import { type Improvement, improvements, type Strength, strengths } from './findings';
import { buildTimeline, type TimelineRow } from './timeline';

export type { Improvement, Strength } from './findings';
export { replaySnapshots, type Snapshots, stateAt } from './snapshots';
export type { Gap, TimelineRow } from './timeline';

export interface CapabilityResult {
  capability: string;
  /** Weighted score of its objectives that came up, or null. */
  score: number | null;
  rating: Rating;
  objectives: ObjectiveResult[];
}

export interface ProbeItem {
  probe: string;
  question: string;
  given: string | null;
  correct: string | null;
  right: boolean | null;
}

export interface ProbeLevel {
  level: SaLevel;
  name: 'perception' | 'comprehension' | 'projection';
  correct: number;
  total: number;
  items: ProbeItem[];
}

export interface Aar {
  scenario: string;
  title: string;
  overall: number;
  passMark: number;
  passed: boolean;
  capabilities: CapabilityResult[];
  strengths: Strength[];
  improvements: Improvement[];
  timeline: TimelineRow[];
  probes: ProbeLevel[];
  discussions: { question: string; answer: string }[];
}

const LEVEL_NAMES = { 1: 'perception', 2: 'comprehension', 3: 'projection' } as const;

function capabilities(card: ScoreCard): CapabilityResult[] {
  const order = [...new Set(card.objectives.map((o) => o.capability))];
  return order.map((capability) => {
    const objectives = card.objectives.filter((o) => o.capability === capability);
    const counted = objectives.filter((o) => o.score !== null);
    const w = counted.reduce((a, o) => a + o.weight, 0);
    const score = w > 0 ? round1(counted.reduce((a, o) => a + (o.score ?? 0) * o.weight, 0) / w) : null;
    return { capability, score, rating: ratingFor(score), objectives };
  });
}

function probes(ctx: AarContext): ProbeLevel[] {
  const levels: ProbeLevel[] = [];
  for (const p of ctx.facts.probes) {
    const inj = ctx.scenario.injects.find((i) => i.id === p.probe);
    if (inj?.type !== 'probe') continue;
    let level = levels.find((l) => l.level === inj.level);
    if (!level) {
      level = { level: inj.level, name: LEVEL_NAMES[inj.level], correct: 0, total: 0, items: [] };
      levels.push(level);
    }
    const right = p.correct === null ? null : p.answer?.correct === true;
    if (right !== null) level.total += 1;
    if (right) level.correct += 1;
    level.items.push({
      probe: p.probe,
      question: inj.question,
      given: p.answer ? (inj.choices[p.answer.choice] ?? null) : null,
      correct: p.correct === null ? null : (inj.choices[p.correct] ?? null),
      right,
    });
  }
  return levels.sort((a, b) => a.level - b.level);
}

function discussions(ctx: AarContext): Aar['discussions'] {
  return ctx.scenario.injects.flatMap((i) =>
    i.type === 'discussion' && Object.hasOwn(ctx.state.discussions, i.id)
      ? [{ question: i.question, answer: ctx.state.discussions[i.id].text }]
      : [],
  );
}

/** Builds the after-action review of a run from the scenario, its final state and its score card. */
export function buildAar(scenario: Scenario, state: State, card: ScoreCard): Aar {
  const ctx = aarContext(scenario, state, card);
  return {
    scenario: scenario.id,
    title: scenario.title,
    overall: card.overall,
    passMark: card.passMark,
    passed: card.passed,
    capabilities: capabilities(card),
    strengths: strengths(ctx),
    improvements: improvements(ctx),
    timeline: buildTimeline(ctx),
    probes: probes(ctx),
    discussions: discussions(ctx),
  };
}
