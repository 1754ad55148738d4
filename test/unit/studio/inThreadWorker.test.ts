/** The single file's stand-in for the playtest worker: the worker's answers, in order, on the page's thread. */
import { expect, test } from 'vitest';
import type { WorkerLike } from '../../../src/studio/playtest/client';
import { createDefaultWorker } from '../../../src/studio/playtest/inThreadWorker';
import type { PlaytestResponse } from '../../../src/studio/playtest/protocol';
import { commented } from './helpers';

/** Collects what `worker` answers for a while after one request. */
async function collect(worker: WorkerLike, stopAfterFirst: boolean): Promise<PlaytestResponse[]> {
  const got: PlaytestResponse[] = [];
  worker.onmessage = (e) => {
    got.push(e.data);
    if (stopAfterFirst) worker.terminate();
  };
  worker.postMessage({ id: 7, text: commented() });
  for (let i = 0; i < 200 && got.length < 2; i++) await new Promise((r) => setTimeout(r, 25));
  return got;
}

test('answers a request twice with its id, like the worker: the scores, then the complete report', async () => {
  const got = await collect(createDefaultWorker(), false);
  expect(got.map((r) => [r.id, r.report.complete])).toEqual([
    [7, false],
    [7, true],
  ]);
  expect(got[1].report.scores.map((s) => s.name)).toEqual(['perfect', 'observer', 'guesser', 'idle']);
});

test('a terminated stand-in answers no more', async () => {
  const got = await collect(createDefaultWorker(), true);
  expect(got.map((r) => r.report.complete)).toEqual([false]);
});
