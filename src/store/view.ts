/** The trainee's view of the live session: what the play screen may show (never the ground truth). */
import { type TraineeView, traineeView } from '../engine';
import type { Session } from './session';
import { session } from './session';

/** The trainee's view of a session's current state, or null when nothing is being played. */
export function viewOf(s: Session): TraineeView | null {
  return s.current && s.engine ? traineeView(s.current.scenario, s.engine) : null;
}

/** The trainee's view one tick before (for smooth movement), or null. */
export function prevViewOf(s: Session): TraineeView | null {
  return s.current && s.prev ? traineeView(s.current.scenario, s.prev) : null;
}

/** The trainee's view of the app's session now. */
export function currentView(): TraineeView | null {
  return viewOf(session.getState());
}
