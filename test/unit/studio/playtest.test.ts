/** The studio's playtest: the report of a text, and the client that debounces and drops stale answers. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkScenario, parseScenario } from '../../../src/scenario';
import { playabilityWarnings } from '../../../src/scoring/playability';
import { playPolicies } from '../../../src/scoring/playtest';
import { createPlaytester, type WorkerLike } from '../../../src/studio/playtest/client';
import { answer, type PlaytestRequest, type PlaytestResponse } from '../../../src/studio/playtest/protocol';
import { type PlaytestReport, playtestReport } from '../../../src/studio/playtest/report';
import { commented } from './helpers';

describe('playtestReport', () => {
  const text = commented();

  test('a valid text: the four policies in order, the same verdicts as the CLI, warnings and the perfect run', () => {
    const report = playtestReport(text);
    expect(report.failure).toBeNull();
    expect(report.scores.map((s) => [s.name, s.mustPass, s.fair])).toEqual([
      ['perfect', true, true],
      ['observer', true, true],
      ['guesser', false, true],
      ['idle', false, true],
    ]);
    const parsed = parseScenario(text);
    if (!parsed.ok) throw new Error('the fixture must be valid');
    expect(report.scores.map((s) => s.overall)).toEqual(playPolicies(parsed.value).map((p) => p.card.overall));
    expect(report.timeline[0].text).toBe('run starts (seed 7)');
    expect(report.timeline.some((e) => e.text.startsWith('report #0: T2 (drone)'))).toBe(true);
    expect(report.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  test('playability warnings are those of the validator, with their pointer and place in the text', () => {
    const late = text.replace('"at": "0:05",', '"at": "9:00",');
    const { scenario, file } = checkScenario(late);
    if (!scenario || !file) throw new Error('the changed fixture must stay valid');
    const report = playtestReport(late);
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(report.warnings).toEqual(playabilityWarnings(scenario, file, late));
    const unserved = report.warnings.find((w) => w.code === 'objective-unserved');
    expect(unserved?.pointer).toBe('/objectives/3');
    expect(unserved?.line).toBe(late.split('\n').findIndex((l) => l.includes('{ "id": "ack"')) + 1);
  });

  test('a text with errors gives its problems and plays nothing', () => {
    const report = playtestReport(text.replace('"drone"]', '"ghost"]'));
    expect(report.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(report).toMatchObject({ warnings: [], scores: [], timeline: [], failure: null });
  });

  test("the worker's answer carries the request's id", () => {
    expect(answer({ id: 42, text: '{' })).toMatchObject({ id: 42, report: { scores: [] } });
  });
});

/** A worker that holds requests until the test answers them. */
function fakeWorker(): WorkerLike & { sent: PlaytestRequest[]; reply(id: number, text: string): void } {
  const sent: PlaytestRequest[] = [];
  const worker = {
    sent,
    onmessage: null as WorkerLike['onmessage'],
    postMessage: (m: PlaytestRequest) => void sent.push(m),
    terminate: () => undefined,
    reply(id: number, text: string) {
      const report = { problems: [], warnings: [], scores: [], timeline: [], failure: text } as PlaytestReport;
      worker.onmessage?.({ data: { id, report } } as MessageEvent<PlaytestResponse>);
    },
  };
  return worker;
}

describe('createPlaytester', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('sends only once typing pauses, and only the newest text', () => {
    const worker = fakeWorker();
    const reports: string[] = [];
    const tester = createPlaytester({ onReport: (_r, t) => reports.push(t), delayMs: 300, createWorker: () => worker });
    tester.request('a');
    vi.advanceTimersByTime(200);
    tester.request('ab');
    vi.advanceTimersByTime(200);
    expect(worker.sent).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(worker.sent).toEqual([{ id: 1, text: 'ab' }]);
    worker.reply(1, 'ab');
    expect(reports).toEqual(['ab']);
  });

  test('while the worker plays, newer texts wait; the stale answer is dropped and the newest is sent', () => {
    const worker = fakeWorker();
    const reports: string[] = [];
    const busy: boolean[] = [];
    const tester = createPlaytester({
      onReport: (_r, t) => reports.push(t),
      onBusy: (b) => busy.push(b),
      delayMs: 10,
      createWorker: () => worker,
    });
    tester.request('v1');
    vi.advanceTimersByTime(10);
    tester.request('v2');
    vi.advanceTimersByTime(10);
    tester.request('v3');
    vi.advanceTimersByTime(10);
    expect(worker.sent.map((r) => r.text)).toEqual(['v1']);
    worker.reply(1, 'v1');
    expect(reports).toEqual([]);
    expect(worker.sent.map((r) => r.text)).toEqual(['v1', 'v3']);
    worker.reply(2, 'v3');
    expect(reports).toEqual(['v3']);
    expect(busy).toEqual([true, true, false]);
  });

  test('an answer for a text changed since (still waiting for the pause) is dropped', () => {
    const worker = fakeWorker();
    const reports: string[] = [];
    const tester = createPlaytester({ onReport: (_r, t) => reports.push(t), delayMs: 10, createWorker: () => worker });
    tester.request('v1');
    vi.advanceTimersByTime(10);
    tester.request('v2');
    worker.reply(1, 'v1');
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(10);
    worker.reply(2, 'v2');
    expect(reports).toEqual(['v2']);
  });

  test('answers with an unknown id, or after dispose, are ignored', () => {
    const worker = fakeWorker();
    const reports: string[] = [];
    const tester = createPlaytester({ onReport: (_r, t) => reports.push(t), delayMs: 10, createWorker: () => worker });
    tester.request('v1');
    vi.advanceTimersByTime(10);
    worker.reply(7, 'v1');
    expect(reports).toEqual([]);
    tester.dispose();
    worker.reply(1, 'v1');
    tester.request('v2');
    vi.advanceTimersByTime(10);
    expect(reports).toEqual([]);
    expect(worker.sent).toHaveLength(1);
  });
});
