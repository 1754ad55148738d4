/**
 * Policies that play only from the trainee's view: the runner computes `traineeView` and hands the
 * policy that and the trainee-facing part of the scenario (the briefing, map, post, team, sectors,
 * and each probe's question and choices), never the contacts, the objectives' rules or the state.
 */
import { traineeView } from '../../engine';
import type { Action } from '../../engine/types';
import type { TraineeView } from '../../engine/view';
import type { Briefing, Scenario } from '../../scenario/model';
import type { Policy } from './policy';

/** What the trainee is told before and during play: everything but the ground truth and the answers. */
export interface TraineeBrief
  extends Pick<Scenario, 'id' | 'title' | 'startClockMin' | 'map' | 'post' | 'team' | 'sectors'> {
  briefing: Omit<Briefing, 'instructorNotes'>;
  /** Probe id → what the frozen screen shows: the question and its choices. */
  probes: Record<string, { question: string; choices: string[] }>;
}

/** One run's player: the next action for what the trainee sees now, or null to let time pass. */
export type ViewStep = (view: TraineeView) => Action | null;

/** A scripted trainee that sees only the trainee's view: `start` makes a player (with its own memory) for one run. */
export interface ViewPolicy {
  name: string;
  start(brief: TraineeBrief): ViewStep;
}

const briefs = new WeakMap<Scenario, TraineeBrief>();

/** The trainee-facing part of a scenario: a new object holding no contact, answer or facilitator note. */
export function traineeBrief(scenario: Scenario): TraineeBrief {
  const hit = briefs.get(scenario);
  if (hit) return hit;
  const { instructorNotes: _, ...briefing } = scenario.briefing;
  const probes: TraineeBrief['probes'] = {};
  for (const i of scenario.injects)
    if (i.type === 'probe') probes[i.id] = { question: i.question, choices: [...i.choices] };
  const brief: TraineeBrief = {
    id: scenario.id,
    title: scenario.title,
    startClockMin: scenario.startClockMin,
    map: scenario.map,
    post: scenario.post,
    team: scenario.team,
    sectors: scenario.sectors,
    briefing,
    probes,
  };
  briefs.set(scenario, brief);
  return brief;
}

/** Wraps a view policy as a runnable policy: each run gets a fresh player fed `traineeView(scenario, state)`. */
export function fromView(vp: ViewPolicy): Policy {
  const make = (): Policy => {
    let played: Scenario | null = null;
    let step: ViewStep = () => null;
    return {
      name: vp.name,
      next: (scenario, state) => {
        if (played !== scenario) {
          played = scenario;
          step = vp.start(traineeBrief(scenario));
        }
        return step(traineeView(scenario, state));
      },
      fresh: make,
    };
  };
  return make();
}
