/** Unfinished runs: each kept under its own run id, listed in the library, resumed or discarded by the trainee. */

import type { State } from '../engine/types';
import { t } from '../i18n';
import { hashScenario, parseScenario } from '../scenario';
import { score } from '../scoring';
import { recordResult, refreshHistory } from './aarActions';
import { finishRun, playing } from './actions';
import { shown } from './localize';
import { addNotice } from './notice';
import { replayTo } from './replay';
import {
  clearSavedRun,
  loadSavedRun,
  loadSavedRuns,
  migrateLegacyRun,
  runKey,
  type SavedRun,
  setAside,
} from './runRecord';
import { type LoadedScenario, session, type UnfinishedRun } from './session';
import { storage } from './storage';

/** The scenario a saved run belongs to, or why it cannot be had (gone from the library, or changed since). */
export function scenarioFor(saved: SavedRun): { loaded: LoadedScenario } | { reason: string } {
  const { source, record } = saved;
  let loaded: LoadedScenario | undefined;
  if (source.kind === 'builtin') {
    loaded = session.getState().library.find((e) => e.scenario.id === source.id);
    if (!loaded) return { reason: t('app:store.notInLibrary', { id: source.id }) };
  } else {
    const parsed = parseScenario(source.text);
    if (!parsed.ok) return { reason: t('app:store.fileNoLonger', { name: source.name }) };
    loaded = { scenario: shown(parsed.value), hash: hashScenario(source.text), source };
  }
  if (loaded.scenario.id !== record.scenario) return { reason: t('app:store.otherScenario', { id: record.scenario }) };
  if (loaded.hash !== record.scenarioHash) {
    return { reason: t('app:store.otherVersion', { title: loaded.scenario.title }) };
  }
  return { loaded };
}

/** The message for a saved run that was set aside. */
export function setAsideText(reason: string, key: string | null): string {
  return key ? t('app:store.setAsideKept', { reason, key }) : t('app:store.setAside', { reason });
}

/**
 * Sorts out the saved runs on load: moves the old single saved run under its own id, and sets aside (never
 * deletes) every run that cannot be read or whose scenario is gone or changed, with a message for each. Runs saved
 * at or past the end of their scenario are returned as ended, to be scored rather than resumed.
 */
export function triageSavedRuns(store: Storage): { problems: string[]; ended: UnfinishedRun[] } {
  const problems: string[] = [];
  const ended: UnfinishedRun[] = [];
  const legacy = migrateLegacyRun(store);
  if (legacy.kind === 'bad') problems.push(setAsideText(legacy.reason, legacy.aside));
  for (const stored of loadSavedRuns(store)) {
    const found = stored.kind === 'ok' ? scenarioFor(stored.saved) : { reason: stored.reason };
    if ('reason' in found) problems.push(setAsideText(found.reason, setAside(store, stored.key)));
    else if (stored.kind === 'ok' && hasEnded(stored.saved, found.loaded)) {
      ended.push({ saved: stored.saved, loaded: found.loaded });
    }
  }
  return { problems, ended };
}

function hasEnded(saved: SavedRun, loaded: LoadedScenario): boolean {
  return saved.tMs >= loaded.scenario.durationMs;
}

/** Scores saved runs that had reached the end of their scenario and keeps their results (once); says so. */
export async function finishEnded(runs: readonly UnfinishedRun[]): Promise<void> {
  const store = storage();
  if (!store || runs.length === 0) return;
  await refreshHistory();
  const done: string[] = [];
  const failed: string[] = [];
  for (const { saved, loaded } of runs) {
    const id = saved.record.id ?? '';
    const title = loaded.scenario.title;
    const end = replayTo(loaded.scenario, saved.record, loaded.scenario.durationMs);
    if (!end.ok) {
      failed.push(setAsideText(end.reason, setAside(store, runKey(id))));
      continue;
    }
    const card = score(loaded.scenario, end.state, null);
    try {
      await recordResult(loaded, saved.record, card, end.state);
      clearSavedRun(store, id);
      done.push(t('app:store.endedScored', { title }));
    } catch (e) {
      failed.push(t('app:store.endedNotKept', { title, reason: (e as Error).message }));
    }
  }
  refreshUnfinished();
  addNotice('info', done);
  addNotice('error', failed);
}

/** The saved runs that can be resumed, most recently saved first. */
export function unfinishedRuns(store: Storage): UnfinishedRun[] {
  const runs: UnfinishedRun[] = [];
  for (const stored of loadSavedRuns(store)) {
    if (stored.kind !== 'ok') continue;
    const found = scenarioFor(stored.saved);
    if ('loaded' in found && !hasEnded(stored.saved, found.loaded))
      runs.push({ saved: stored.saved, loaded: found.loaded });
  }
  return runs.sort((a, b) => (b.saved.savedMs ?? 0) - (a.saved.savedMs ?? 0));
}

/** Reads the unfinished runs from storage into the session (the library lists them). */
export function refreshUnfinished(): void {
  const store = storage();
  session.setState({ unfinished: store ? unfinishedRuns(store) : [] });
}

function rebuild(saved: SavedRun): { loaded: LoadedScenario; state: State } | { reason: string } {
  const found = scenarioFor(saved);
  if ('reason' in found) return found;
  const replayed = replayTo(found.loaded.scenario, saved.record, saved.tMs);
  return replayed.ok ? { loaded: found.loaded, state: replayed.state } : { reason: replayed.reason };
}

/** Resumes a saved run at the moment it was saved, paused so the trainee can take stock; an ended run is scored instead. */
export function resumeRun(id: string): void {
  const store = storage();
  const saved = store ? loadSavedRun(store, id) : null;
  if (!store || !saved) {
    refreshUnfinished();
    addNotice('error', [t('app:store.noLongerSaved')]);
    return;
  }
  const rebuilt = rebuild(saved);
  if ('reason' in rebuilt) {
    addNotice('error', [setAsideText(rebuilt.reason, setAside(store, runKey(id)))]);
    refreshUnfinished();
    return;
  }
  const run = { current: rebuilt.loaded, engine: rebuilt.state, prev: rebuilt.state, record: saved.record };
  if (rebuilt.state.ended) {
    session.setState(run);
    finishRun();
    session.setState({ notice: { kind: 'info', text: t('app:store.alreadyEnded') } });
    return;
  }
  session.setState({
    ...playing(),
    ...run,
    skippedDiscussions: saved.skipped ?? [],
    cursor: { ...rebuilt.loaded.scenario.post.cell },
    paused: true,
    notice: { kind: 'info', text: t('app:store.resumed') },
  });
}

/** Discards a saved run for good (the library asks the trainee to confirm first). */
export function discardRun(id: string): void {
  const store = storage();
  const run = session.getState().unfinished.find((u) => u.saved.record.id === id);
  if (store) clearSavedRun(store, id);
  refreshUnfinished();
  if (run) addNotice('info', [t('app:store.discarded', { title: run.loaded.scenario.title })]);
}
