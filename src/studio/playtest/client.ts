/**
 * The studio's side of the playtest worker: a text is sent a moment after the last change; when a
 * newer text is sent while the worker still plays an older one, that worker is stopped and a fresh
 * one started (playing takes longer than starting a worker), so answers are never for a stale text.
 */
import { currentLanguage } from '../../i18n';
import { createDefaultWorker } from './moduleWorker';
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
  /**
   * Called with each report of the newest text: first its scores (`complete` false, unless the text
   * has errors), then the complete report with the playability warnings.
   */
  onReport: (report: PlaytestReport, text: string) => void;
  /** Called when playing starts (true) and when the complete report is in (false). */
  onBusy?: (busy: boolean) => void;
  /** Quiet time after a change before the text is sent, in ms (default 300). */
  delayMs?: number;
  /** Makes a worker; by default the module worker in ./worker.ts (on the page's thread in the single file). */
  createWorker?: () => WorkerLike;
}

/** A running playtester. */
export interface Playtester {
  /** The document changed: playtest this text once typing pauses. */
  request(text: string): void;
  /** Stops the worker and forgets pending work. */
  dispose(): void;
}

/** Starts a playtester; its worker starts with the first request. */
export function createPlaytester(options: PlaytesterOptions): Playtester {
  const delayMs = options.delayMs ?? 300;
  const createWorker = options.createWorker ?? createDefaultWorker;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let inFlight: PlaytestRequest | null = null;
  let latest: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;

  const receive = (from: WorkerLike, data: PlaytestResponse) => {
    const asked = inFlight;
    if (disposed || from !== worker || !asked || data.id !== asked.id || asked.text !== latest) return;
    if (data.report.complete) inFlight = null;
    options.onReport(data.report, asked.text);
    if (data.report.complete) options.onBusy?.(false);
  };
  const start = (): WorkerLike => {
    const w = createWorker();
    w.onmessage = (e) => receive(w, e.data);
    return w;
  };
  const flush = () => {
    timer = null;
    if (disposed || latest === null || inFlight?.text === latest) return;
    if (inFlight && worker) {
      worker.terminate();
      worker = null;
    }
    worker ??= start();
    inFlight = { id: nextId++, text: latest, language: currentLanguage() };
    options.onBusy?.(true);
    worker.postMessage(inFlight);
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
      worker?.terminate();
    },
  };
}
