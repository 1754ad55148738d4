import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { advanceTo } from '../../../src/engine';
import { hashScenario } from '../../../src/scenario';
import { aarSession } from '../../../src/store/aar';
import { backToLibrary, finishRun, loadLibrary, openBuiltin, persist, startPlay } from '../../../src/store/actions';
import { NO_LRS } from '../../../src/store/lrs';
import { act, pendingDiscussion, skipDiscussion, skipToEnd } from '../../../src/store/play';
import { discardRun, refreshUnfinished, resumeRun } from '../../../src/store/resume';
import { LEGACY_RUN_KEY, loadSavedRuns, runKey, type SavedRun } from '../../../src/store/runRecord';
import { initialSession, session } from '../../../src/store/session';
import { startSession } from '../../../src/store/startup';
import { useStorage } from '../../../src/store/storage';
import { memoryStorage } from '../memoryStorage';

const FILES = ['first-watch.json', 'birds-or-drone.json'];
const texts = Object.fromEntries(FILES.map((f) => [f, readFileSync(`assets/scenarios/${f}`, 'utf8')]));
const firstWatchHash = hashScenario(texts['first-watch.json']);

function savedRun(id: string | undefined, tMs: number, hash = firstWatchHash): SavedRun {
  return {
    version: 1,
    record: { ...(id ? { id } : {}), scenario: 'first-watch', scenarioHash: hash, seed: 1, actions: [] },
    tMs,
    source: { kind: 'builtin', id: 'first-watch' },
    savedMs: 1_700_000_000_000 + tMs,
  };
}

let store: Storage;
beforeEach(() => {
  store = memoryStorage();
  useStorage(store, memoryStorage());
  session.setState(initialSession(), true);
  loadLibrary(texts);
});

describe('unfinished runs', () => {
  test('every saved run is offered, the one saved last first', () => {
    store.setItem(runKey('a'), JSON.stringify(savedRun('a', 20_000)));
    store.setItem(runKey('b'), JSON.stringify(savedRun('b', 90_000)));
    startSession(new URLSearchParams());
    expect(session.getState().unfinished.map((u) => [u.saved.record.id, u.saved.tMs])).toEqual([
      ['b', 90_000],
      ['a', 20_000],
    ]);
    expect(session.getState().notice).toBeNull();
  });

  test('the old single saved run is moved into the new store and offered', () => {
    const { id: _, ...legacy } = savedRun('x', 30_000).record;
    store.setItem(LEGACY_RUN_KEY, JSON.stringify({ ...savedRun(undefined, 30_000), record: legacy }));
    startSession(new URLSearchParams());
    expect(store.getItem(LEGACY_RUN_KEY)).toBeNull();
    const [run] = session.getState().unfinished;
    expect(run.saved.tMs).toBe(30_000);
    expect(store.getItem(runKey(run.saved.record.id ?? ''))).not.toBeNull();
  });

  test('unreadable runs and runs of a changed scenario are set aside, each named in one notice', () => {
    store.setItem(runKey('bad'), '{"version":1,');
    store.setItem(runKey('old'), JSON.stringify(savedRun('old', 1000, 'not-this-one')));
    store.setItem(runKey('good'), JSON.stringify(savedRun('good', 1000)));
    startSession(new URLSearchParams());
    expect(session.getState().unfinished.map((u) => u.saved.record.id)).toEqual(['good']);
    const notice = session.getState().notice;
    expect(notice?.items).toEqual([
      'The saved run could not be resumed: it is not valid JSON. It was kept in this browser\'s storage under "skywatch.run.aside.1".',
      'The saved run could not be resumed: it was recorded against a different version of "First watch". It was kept in this browser\'s storage under "skywatch.run.aside.2".',
    ]);
  });

  test('starting another scenario keeps the unfinished run; both are offered after', () => {
    store.setItem(runKey('a'), JSON.stringify(savedRun('a', 20_000)));
    startSession(new URLSearchParams());
    openBuiltin('birds-or-drone.json');
    startPlay();
    act({ type: 'posture', posture: 'alert' });
    backToLibrary();
    expect(loadSavedRuns(store).filter((r) => r.kind === 'ok')).toHaveLength(2);
    startSession(new URLSearchParams());
    expect(
      session
        .getState()
        .unfinished.map((u) => u.loaded.scenario.id)
        .sort(),
    ).toEqual(['birds-or-drone', 'first-watch']);
  });

  test('a run resumes at its moment with its actions; discarding removes only that run', () => {
    openBuiltin('first-watch.json');
    startPlay();
    act({ type: 'posture', posture: 'alert' });
    const id = session.getState().record?.id ?? '';
    persist();
    store.setItem(runKey('b'), JSON.stringify(savedRun('b', 5000)));
    backToLibrary();
    startSession(new URLSearchParams());
    resumeRun(id);
    expect(session.getState().screen).toBe('play');
    expect(session.getState().record?.id).toBe(id);
    expect(session.getState().engine?.posture).toBe('alert');
    backToLibrary();
    discardRun('b');
    expect(store.getItem(runKey('b'))).toBeNull();
    expect(store.getItem(runKey(id))).not.toBeNull();
    expect(session.getState().unfinished.map((u) => u.saved.record.id)).toEqual([id]);
  });
});

describe('leaving play', () => {
  test('saves the run at the moment it was left', () => {
    openBuiltin('first-watch.json');
    startPlay();
    const { current, engine, record } = session.getState();
    if (!current || !engine) throw new Error('not playing');
    session.setState({ engine: advanceTo(current.scenario, engine, 12_000) });
    backToLibrary();
    refreshUnfinished();
    expect(session.getState().unfinished.map((u) => [u.saved.record.id, u.saved.tMs])).toEqual([[record?.id, 12_000]]);
  });
});

describe('URL parameters', () => {
  test('every problem is shown, not only the last', () => {
    startSession(new URLSearchParams('speed=lots&facilitator=maybe'));
    const notice = session.getState().notice;
    expect(notice?.kind).toBe('error');
    expect(notice?.items).toHaveLength(2);
    expect(notice?.items?.[0]).toContain('speed=lots');
    expect(notice?.items?.[1]).toContain('facilitator=maybe');
  });
});

describe('finished runs', () => {
  test('an ended run is never saved, and its result is recorded once whatever finishes it again', () => {
    aarSession.setState({ lrs: { ...NO_LRS, endpoint: 'https://lrs.example/xapi' }, outbox: [], entry: null });
    openBuiltin('first-watch.json');
    startPlay();
    const id = session.getState().record?.id ?? '';
    skipToEnd();
    expect(session.getState().screen).toBe('debrief');
    expect(store.getItem(runKey(id))).toBeNull();
    persist();
    expect(store.getItem(runKey(id))).toBeNull();
    const first = aarSession.getState().entry;
    expect(first?.record.id).toBe(id);
    finishRun();
    skipToEnd();
    expect(aarSession.getState().entry).toBe(first);
    expect(aarSession.getState().outbox.map((o) => o.id)).toEqual([first?.id]);
  });
});

describe('runs saved at or past the end', () => {
  test('are not offered for resume but scored (kept saved while the results cannot be written)', async () => {
    store.setItem(runKey('done'), JSON.stringify(savedRun('done', 425_000)));
    store.setItem(runKey('open'), JSON.stringify(savedRun('open', 5_000)));
    startSession(new URLSearchParams());
    expect(session.getState().unfinished.map((u) => u.saved.record.id)).toEqual(['open']);
    await vi.waitFor(() => expect(session.getState().notice?.text).toContain('its result could not be kept'));
    expect(store.getItem(runKey('done'))).not.toBeNull();
  });

  test('resuming one shows its debrief, not a dead game', () => {
    startSession(new URLSearchParams());
    store.setItem(runKey('done'), JSON.stringify(savedRun('done', 420_000)));
    resumeRun('done');
    expect(session.getState().screen).toBe('debrief');
    expect(session.getState().scoreCard?.scenario).toBe('first-watch');
    expect(store.getItem(runKey('done'))).toBeNull();
  });
});

describe('discussion prompts', () => {
  test('a skipped prompt stays skipped when the run resumes', () => {
    openBuiltin('birds-or-drone.json');
    startPlay();
    const { current } = session.getState();
    if (!current) throw new Error('no scenario');
    while ((session.getState().engine?.t ?? 0) < 631_000) {
      const engine = session.getState().engine;
      if (!engine) throw new Error('no engine');
      if (engine.frozenProbe) act({ type: 'answer', probe: engine.frozenProbe, choice: 0 });
      else session.setState({ engine: advanceTo(current.scenario, engine, 631_000) });
    }
    persist();
    expect(pendingDiscussion()).toBe('reflect');
    skipDiscussion('reflect');
    expect(pendingDiscussion()).toBeNull();
    const id = session.getState().record?.id ?? '';
    backToLibrary();
    startSession(new URLSearchParams());
    resumeRun(id);
    expect(session.getState().engine?.t).toBe(631_000);
    expect(pendingDiscussion()).toBeNull();
  });
});
