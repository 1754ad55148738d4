/** The after-action side of the session: the debriefed run's history entry, the history, the LRS outbox. */
import { subscribeWithSelector } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { HistoryEntry } from './history';
import { type LrsSettings, NO_LRS, type OutboxItem } from './lrs';

export interface AarSession {
  /** The run the debrief shows (null until one finishes or is opened). */
  entry: HistoryEntry | null;
  /** Whether that run is kept in the history (false for a run file opened for viewing). */
  kept: boolean;
  history: HistoryEntry[];
  historyError: string | null;
  lrs: LrsSettings;
  outbox: OutboxItem[];
  /** The last sending's outcome, in words. */
  lrsStatus: string | null;
}

/** The app's after-action store. */
export const aarSession = createStore<AarSession>()(
  subscribeWithSelector(
    (): AarSession => ({
      entry: null,
      kept: false,
      history: [],
      historyError: null,
      lrs: NO_LRS,
      outbox: [],
      lrsStatus: null,
    }),
  ),
);
