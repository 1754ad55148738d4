/**
 * The studio's side of the playtest worker: texts are sent a moment after the last change, one at
 * a time; while the worker plays, only the newest text waits, and an answer for a text that has
 * since changed is dropped.
 */
import type { PlaytestRequest, PlaytestResponse } from './protocol';
import type { PlaytestReport } from './report';

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: PlaytestRequest): void;
  onmessage: ((e: MessageEvent<PlaytestResponse>) => void) | null;
  terminate(): void;
}

/** How the playtester is set up. */
export interface PlaytesterOptions {
  /** Called with the report of the newest text (never of a text that has since changed). */
  onReport: (report: PlaytestReport, text: string) => void;
  /** Called when a text is sent to the worker (the screen can show "playing…"). */
  onBusy?: (busy: boolean) => void;
  /** Quiet time after a change before the text is sent, in ms (default 300). */
  delayMs?: number;
  /** Makes the worker; by default the module worker in ./worker.ts. */
  createWorker?: () => WorkerLike;
}

/** A running playtester. */
export interface Playtester {
  /** The document changed: playtest this text once typing pauses. */
  request(text: string): void;
  /** Stops the worker and forgets pending work. */
  dispose(): void;
}

/** The default worker: ./worker.ts as a module worker (Vite bundles it as its own chunk). */
function moduleWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Starts a playtester over a worker. */
export function createPlaytester(options: PlaytesterOptions): Playtester {
  const delayMs = options.delayMs ?? 300;
  const worker = (options.createWorker ?? moduleWorker)();
  let nextId = 1;
  let inFlight: PlaytestRequest | null = null;
  let waiting: string | null = null;
  let latest: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const send = (text: string) => {
    inFlight = { id: nextId++, text };
    options.onBusy?.(true);
    worker.postMessage(inFlight);
  };
  worker.onmessage = (e) => {
    const done = inFlight;
    if (disposed || !done || e.data.id !== done.id) return;
    inFlight = null;
    if (waiting !== null) {
      const text = waiting;
      waiting = null;
      send(text);
      return;
    }
    options.onBusy?.(false);
    if (done.text === latest) options.onReport(e.data.report, done.text);
  };
  const flush = () => {
    timer = null;
    if (disposed || latest === null) return;
    if (inFlight) waiting = latest;
    else send(latest);
  };
  return {
    request(text) {
      if (disposed) return;
      latest = text;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      worker.terminate();
    },
  };
}
