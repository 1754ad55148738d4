/** The playtester's default worker in the installed app: ./worker.ts as a module worker (its own chunk). */
import type { WorkerLike } from './client';

/** Starts the module worker. `npm run build:single` swaps this file for inThreadWorker.ts (see vite.config.ts). */
export function createDefaultWorker(): WorkerLike {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
