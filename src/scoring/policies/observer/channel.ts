/** Which channel the observer reports on, by the comms panel. */
import { defaultChannel } from '../../../engine';
import type { TraineeView } from '../../../engine/view';
import type { CommsChannel } from '../../../scenario/vocab';
import type { TraineeBrief } from '../viewPolicy';

/** The channel a report goes on now, or null when it would not get through (both down). */
export function workingChannel(view: TraineeView): CommsChannel | null {
  const channel = defaultChannel(view);
  return view.comms[channel] === 'down' ? null : channel;
}

/** The briefing's name for the working channel ("Landline to the sector desk"), or null when none works. */
export function defaultChannelName(brief: TraineeBrief, view: TraineeView): string | null {
  const channel = workingChannel(view);
  return channel === null ? null : brief.briefing.reporting[channel];
}
