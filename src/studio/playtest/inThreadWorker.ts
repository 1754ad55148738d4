/**
 * The playtester's worker in the single-file build, which runs from file:// where a worker cannot be loaded
 * from a file of its own: the same answers, computed on the page's own thread, one answer per timer turn.
 */
import type { WorkerLike } from './client';
import { answers, type PlaytestRequest, type PlaytestResponse } from './protocol';

/** Starts a worker stand-in that answers on the page's thread (it pauses the page while it plays). */
export function createDefaultWorker(): WorkerLike {
  let stopped = false;
  const stand: WorkerLike = {
    onmessage: null,
    postMessage(request: PlaytestRequest) {
      const pending = answers(request);
      const next = (): void => {
        if (stopped) return;
        const r = pending.next();
        if (r.done) return;
        stand.onmessage?.({ data: r.value } as MessageEvent<PlaytestResponse>);
        setTimeout(next, 0);
      };
      setTimeout(next, 0);
    },
    terminate() {
      stopped = true;
    },
  };
  return stand;
}
