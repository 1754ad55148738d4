/** The studio's playtest: the report of a text, and the client that debounces and drops stale answers. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { setLanguage } from '../../../src/i18n';
import { checkScenario, parseScenario } from '../../../src/scenario';
import { playabilityWarnings } from '../../../src/scoring/playability';
import { playPolicies } from '../../../src/scoring/playtest';
import { createPlaytester, type WorkerLike } from '../../../src/studio/playtest/client';
import { answers, type PlaytestRequest, type PlaytestResponse } from '../../../src/studio/playtest/protocol';
import { type PlaytestReport, playtestReport, playtestScores } from '../../../src/studio/playtest/report';
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
    expect(report).toMatchObject({ warnings: [], scores: [], timeline: [], failure: null, complete: true });
  });

  test('the first part has the scores and timeline but no warnings yet; the whole report adds them', () => {
    const late = text.replace('"at": "0:05",', '"at": "9:00",');
    const first = playtestScores(late);
    const whole = playtestReport(late);
    expect(first.complete).toBe(false);
    expect(first.warnings).toEqual([]);
    expect(whole).toEqual({ ...first, warnings: whole.warnings, complete: true });
    expect(whole.warnings.length).toBeGreaterThan(0);
  });

  test("the worker answers twice with the request's id, or once when the text has errors", () => {
    const twice = [...answers({ id: 42, text })];
    expect(twice.map((r) => [r.id, r.report.complete])).toEqual([
      [42, false],
      [42, true],
    ]);
    expect(twice[1].report).toEqual(playtestReport(text));
    expect([...answers({ id: 7, text: '{' })].map((r) => [r.id, r.report.complete, r.report.scores])).toEqual([
      [7, true, []],
    ]);
  });
});

/** A worker that holds requests until the test answers them. */
interface FakeWorker extends WorkerLike {
  sent: PlaytestRequest[];
  terminated: boolean;
  reply(id: number, text: string, complete?: boolean): void;
}

function fakeWorker(): FakeWorker {
  const worker: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    postMessage: (m) => void worker.sent.push(m),
    terminate: () => {
      worker.terminated = true;
    },
    reply(id, text, complete = true) {
      const report: PlaytestReport = { problems: [], warnings: [], scores: [], timeline: [], failure: text, complete };
      worker.onmessage?.({ data: { id, report } } as MessageEvent<PlaytestResponse>);
    },
  };
  return worker;
}

/** A playtester over fake workers, with what it reported. */
function setup(delayMs = 10) {
  const workers: FakeWorker[] = [];
  const reports: [string, boolean][] = [];
  const busy: boolean[] = [];
  const tester = createPlaytester({
    onReport: (r, t) => reports.push([t, r.complete]),
    onBusy: (b) => busy.push(b),
    delayMs,
    createWorker: () => {
      workers.push(fakeWorker());
      return workers[workers.length - 1];
    },
  });
  return { tester, workers, reports, busy };
}

describe('createPlaytester', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('sends only once typing pauses, only the newest text, and passes on both parts of the answer', () => {
    const { tester, workers, reports, busy } = setup(300);
    tester.request('a');
    vi.advanceTimersByTime(200);
    tester.request('ab');
    vi.advanceTimersByTime(200);
    expect(workers).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(workers[0].sent).toEqual([{ id: 1, text: 'ab', language: 'en' }]);
    workers[0].reply(1, 'ab', false);
    workers[0].reply(1, 'ab', true);
    expect(reports).toEqual([
      ['ab', false],
      ['ab', true],
    ]);
    expect(busy).toEqual([true, false]);
  });

  test("sends the page's language, so a worker words its warnings in it", async () => {
    await setLanguage('es');
    try {
      const { tester, workers } = setup();
      tester.request('{}');
      vi.advanceTimersByTime(10);
      expect(workers[0].sent).toEqual([{ id: 1, text: '{}', language: 'es' }]);
    } finally {
      await setLanguage('en');
    }
  });

  test('a newer text stops the worker still playing an older one and starts a fresh one', () => {
    const { tester, workers, reports } = setup();
    tester.request('v1');
    vi.advanceTimersByTime(10);
    workers[0].reply(1, 'v1', false);
    tester.request('v2');
    vi.advanceTimersByTime(10);
    expect(workers[0].terminated).toBe(true);
    expect(workers[1].sent).toEqual([{ id: 2, text: 'v2', language: 'en' }]);
    workers[0].reply(1, 'v1', true);
    workers[1].reply(2, 'v2', true);
    expect(reports).toEqual([
      ['v1', false],
      ['v2', true],
    ]);
  });

  test('a finished worker is kept for the next text', () => {
    const { tester, workers } = setup();
    tester.request('v1');
    vi.advanceTimersByTime(10);
    workers[0].reply(1, 'v1');
    tester.request('v2');
    vi.advanceTimersByTime(10);
    expect(workers).toHaveLength(1);
    expect(workers[0].sent.map((r) => r.text)).toEqual(['v1', 'v2']);
  });

  test('an answer for a text changed since (still waiting for the pause) is dropped', () => {
    const { tester, workers, reports } = setup();
    tester.request('v1');
    vi.advanceTimersByTime(10);
    tester.request('v2');
    workers[0].reply(1, 'v1');
    expect(reports).toEqual([]);
  });

  test('the same text again while it is playing is not sent twice', () => {
    const { tester, workers } = setup();
    tester.request('v1');
    vi.advanceTimersByTime(10);
    tester.request('v1');
    vi.advanceTimersByTime(10);
    expect(workers).toHaveLength(1);
    expect(workers[0].sent).toHaveLength(1);
  });

  test('answers with an unknown id, or after dispose, are ignored', () => {
    const { tester, workers, reports } = setup();
    tester.request('v1');
    vi.advanceTimersByTime(10);
    workers[0].reply(7, 'v1');
    expect(reports).toEqual([]);
    tester.dispose();
    expect(workers[0].terminated).toBe(true);
    workers[0].reply(1, 'v1');
    tester.request('v2');
    vi.advanceTimersByTime(10);
    expect(reports).toEqual([]);
    expect(workers[0].sent).toHaveLength(1);
  });
});
