/** An ended class's results: the hot wash, and opening one trainee's own debrief and replay. */
import type { SeatResult as WireSeat } from '../../protocol';
import type { Scenario } from '../../scenario/model';
import { scoreRun } from '../../scoring';
import { type ClassDebrief, classDebrief } from '../../scoring/class/debrief';
import type { ScoreCard } from '../../scoring/types';
import { session } from '../session';
import { recorded } from './mirror';
import { type ClassResultsView, type ClassSeat, classroom } from './state';

/** The class debrief view of the server's results (its score cards are the scores of record). */
export function classResultsView(
  scenario: Scenario,
  seats: readonly WireSeat<ScoreCard>[],
  fetchedMs: number,
): ClassResultsView {
  const mine: ClassSeat[] = seats.map((s) => ({ seatId: s.seatId, name: s.name, run: s.run, card: s.card }));
  return { seats: mine, debrief: classDebrief(scenario, mine), fetchedMs };
}

/** The class debrief worded in the current language (its misses are sentences, built again after a change of language). */
export function currentDebrief(scenario: Scenario, view: ClassResultsView): ClassDebrief {
  return classDebrief(scenario, view.seats);
}

/** Opens one trainee's own debrief and replay (the same screen a trainee sees), from the run of record. */
export function openSeatDebrief(seatId: string): void {
  const ins = classroom.getState().instructor;
  const seat = ins?.results?.seats.find((s) => s.seatId === seatId);
  if (!ins || !seat) return;
  const actions = seat.run.actions.map(recorded);
  const { state } = scoreRun(ins.scenario, { seed: seat.run.seed, actions });
  session.setState({
    current: {
      scenario: ins.scenario,
      hash: ins.hash,
      source: { kind: 'file', name: `class ${ins.code}`, text: ins.scenarioText },
    },
    engine: state,
    prev: state,
    record: {
      id: `class-${ins.code}-${seat.seatId}`,
      scenario: seat.run.scenario,
      scenarioHash: ins.hash,
      seed: seat.run.seed ?? ins.scenario.seed,
      actions,
    },
    scoreCard: seat.card,
    screen: 'debrief',
    notice: null,
  });
}

/** Back from a trainee's debrief to the class debrief. */
export function backToClass(): void {
  session.setState({ screen: 'classDebrief', engine: null, prev: null, record: null, scoreCard: null });
}
