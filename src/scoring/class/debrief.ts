/** The class debrief (hot wash): per objective how many seats rated P, S, M, U; the commonest misses; discussion answers. */
import type { Scenario } from '../../scenario/model';
import type { ActionFile } from '../../scenario/schema';
import type { Rating, ScoreCard } from '../types';
import { type ClassMiss, classMisses } from './misses';

export type { ClassMiss } from './misses';

/** One seat's result, as the server gives it: the trainee's name, the run of record and its score card. */
export interface SeatResult {
  name: string;
  run: { seed?: number; actions: readonly ActionFile[] };
  card: ScoreCard;
}

/** How many seats got each rating on one objective. */
export interface ObjectiveTally {
  id: string;
  text: string;
  capability: string;
  counts: Record<Rating, number>;
}

/** One discussion prompt with each seat's answer (null when the seat gave none). */
export interface DiscussionAnswers {
  inject: string;
  question: string;
  answers: { name: string; answer: string | null }[];
}

export interface ClassDebrief {
  seats: number;
  passed: number;
  /** Mean overall score of the seats, one decimal (0 for an empty class). */
  meanOverall: number;
  objectives: ObjectiveTally[];
  misses: ClassMiss[];
  discussions: DiscussionAnswers[];
}

function tallies(scenario: Scenario, seats: readonly SeatResult[]): ObjectiveTally[] {
  return scenario.objectives.map((o) => {
    const counts: Record<Rating, number> = { P: 0, S: 0, M: 0, U: 0, 'N/A': 0 };
    for (const s of seats) {
      const r = s.card.objectives.find((x) => x.id === o.id)?.rating ?? 'N/A';
      counts[r] += 1;
    }
    return { id: o.id, text: o.text, capability: o.capability, counts };
  });
}

/** The answer a run gave to a discussion: its last `discuss` action on it. */
function answerIn(run: SeatResult['run'], inject: string): string | null {
  const found = run.actions.filter((a) => a.type === 'discuss' && a.inject === inject).at(-1);
  return found?.type === 'discuss' ? found.text : null;
}

function discussions(scenario: Scenario, seats: readonly SeatResult[]): DiscussionAnswers[] {
  return scenario.injects.flatMap((i) =>
    i.type === 'discussion'
      ? [
          {
            inject: i.id,
            question: i.question,
            answers: seats.map((s) => ({ name: s.name, answer: answerIn(s.run, i.id) })),
          },
        ]
      : [],
  );
}

/** Builds the class debrief from the scenario and every seat's name, run and score card. */
export function classDebrief(scenario: Scenario, seats: readonly SeatResult[]): ClassDebrief {
  const total = seats.reduce((a, s) => a + s.card.overall, 0);
  return {
    seats: seats.length,
    passed: seats.filter((s) => s.card.passed).length,
    meanOverall: seats.length > 0 ? Math.round((total / seats.length) * 10) / 10 : 0,
    objectives: tallies(scenario, seats),
    misses: classMisses(
      scenario,
      seats.map((s) => s.card),
    ),
    discussions: discussions(scenario, seats),
  };
}
