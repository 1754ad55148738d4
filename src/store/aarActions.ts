/** After-action actions: keep finished runs in the history, reopen past runs, open run files, queue xAPI. */

import { actionTimeMs } from '../engine';
import type { State } from '../engine/types';
import { t } from '../i18n';
import { formatProblem, hashScenario, parseActionScript, parseScenario } from '../scenario';
import type { Scenario } from '../scenario/model';
import { localizeScenario } from '../scenario/translations';
import { scoreRun } from '../scoring';
import type { ScoreCard } from '../scoring/types';
import { buildStatements, registrationOf } from '../scoring/xapi';
import { aarSession } from './aar';
import { type HistoryEntry, historyEntry, loadHistory, saveHistoryOnce, setAsideMessage } from './history';
import { shown } from './localize';
import { actorFor, type LrsSettings, loadLrs, loadOutbox, OUTBOX_KEY, type OutboxItem, saveLrs, store } from './lrs';
import { addNotice } from './notice';
import type { RecordedAction, RunRecord } from './runRecord';
import { type LoadedScenario, session } from './session';
import { sessionStore, storage } from './storage';

function notice(kind: 'error' | 'info', text: string): void {
  session.setState({ notice: { kind, text } });
}

/** Reloads the history from IndexedDB into the store; results that cannot be read are set aside with a notice. */
export async function refreshHistory(): Promise<void> {
  try {
    const { entries, setAside } = await loadHistory();
    aarSession.setState({ history: entries, historyError: null });
    if (setAside.length > 0) addNotice('error', [setAsideMessage(setAside)]);
  } catch (e) {
    aarSession.setState({ historyError: t('app:store.noHistory', { reason: (e as Error).message }) });
  }
}

/** Reads LRS settings and the outbox, and loads the history. */
export function initAar(): Promise<void> {
  const s = storage();
  aarSession.setState({ lrs: loadLrs(s, sessionStore()), outbox: loadOutbox(s) });
  return refreshHistory();
}

function statementsFor(scenario: Scenario, entry: HistoryEntry, card: ScoreCard, state: State) {
  return buildStatements({
    scenario,
    scenarioHash: entry.scenarioHash,
    card,
    state,
    actionsJson: JSON.stringify(entry.record.actions),
    actor: actorFor(aarSession.getState().lrs),
    startedMs: entry.startedMs,
    finishedMs: entry.finishedMs,
    answeredMs: answeredWallMs(entry.record),
  });
}

/** The xAPI statements of the debriefed run, for the learner in the LRS settings. */
export function statementsOf(entry: HistoryEntry, card: ScoreCard, state: State, title = entry.title) {
  const scenario = session.getState().current?.scenario;
  if (!scenario) return [];
  return statementsFor({ ...localizeScenario(scenario, 'en'), title }, entry, card, state);
}

/** Probe id → wall-clock epoch ms its answer was applied, from a record that kept wall times. */
export function answeredWallMs(record: RunRecord): Record<string, number> | undefined {
  const wall = record.wallClock;
  if (!wall || wall.actionsMs.length !== record.actions.length) return undefined;
  const out: Record<string, number> = {};
  for (const [i, a] of record.actions.entries()) if (a.type === 'answer') out[a.probe] = wall.actionsMs[i];
  return out;
}

/** Replaces the outbox (kept in storage so nothing is lost on reload). */
export function setOutbox(outbox: OutboxItem[]): void {
  aarSession.setState({ outbox });
  if (!store(storage(), OUTBOX_KEY, outbox)) {
    notice('error', 'xAPI statements waiting to be sent could not be saved: storage is full.');
  }
}

/** Changes and saves the LRS settings. */
export function updateLrs(change: Partial<LrsSettings>): void {
  const lrs = { ...aarSession.getState().lrs, ...change };
  aarSession.setState({ lrs });
  if (!saveLrs(storage(), sessionStore(), lrs)) notice('error', 'LRS settings could not be saved: storage is full.');
}

function replayed(loaded: LoadedScenario, record: RunRecord) {
  return scoreRun(loaded.scenario, { seed: record.seed, actions: record.actions });
}

function show(
  loaded: LoadedScenario,
  record: RunRecord,
  run: ReturnType<typeof replayed>,
  entry: HistoryEntry,
  kept: boolean,
): void {
  session.setState({
    current: loaded,
    engine: run.state,
    prev: run.state,
    record,
    scoreCard: run.card,
    screen: 'debrief',
    notice: null,
  });
  aarSession.setState({ entry, kept });
}

/** The result already kept for a run id (the one debriefed, or one in the history), if any. */
function keptResult(runId: string | undefined): HistoryEntry | undefined {
  if (!runId) return undefined;
  const { entry, kept, history } = aarSession.getState();
  if (kept && entry?.record.id === runId) return entry;
  return history.find((e) => e.record.id === runId);
}

/**
 * Keeps a finished run in the history once per run id and queues its statements when an LRS is set. A run already
 * recorded, whatever finished it (the end of play, a skip to the end, a reload, another tab), is shown, not added
 * again. Resolves to the entry kept.
 */
export async function recordResult(
  loaded: LoadedScenario,
  record: RunRecord,
  card: ScoreCard,
  state: State,
): Promise<HistoryEntry> {
  const known = keptResult(record.id);
  if (known) {
    aarSession.setState({ entry: known, kept: true });
    return known;
  }
  const finishedMs = Date.now();
  const times = { startedMs: record.wallClock?.startedMs ?? finishedMs - card.endedMs, finishedMs };
  const actionsJson = JSON.stringify(record.actions);
  const id = registrationOf({ scenarioHash: record.scenarioHash, card, actionsJson, finishedMs });
  const entry = historyEntry(id, record, loaded.source, localizeScenario(loaded.scenario, 'en').title, card, times);
  aarSession.setState({ entry, kept: true });
  const queued = aarSession.getState().lrs.endpoint.trim() !== '';
  if (queued) {
    const statements = statementsFor(localizeScenario(loaded.scenario, 'en'), entry, card, state);
    setOutbox([...aarSession.getState().outbox, { id, statements, lastError: null }]);
  }
  const kept = await saveHistoryOnce(entry);
  if (kept.id !== entry.id) {
    if (queued) setOutbox(aarSession.getState().outbox.filter((o) => o.id !== id));
    if (aarSession.getState().entry === entry) aarSession.setState({ entry: kept });
  }
  await refreshHistory();
  return kept;
}

/** Keeps the run just finished in the history (once per run id) and queues its statements when an LRS is set. */
export function recordFinished(card: ScoreCard, state: State): void {
  const { current, record } = session.getState();
  if (!current || !record) return;
  recordResult(current, record, card, state).catch((e: Error) =>
    notice('error', t('app:store.notKept', { reason: e.message })),
  );
}

function scenarioOf(entry: Pick<HistoryEntry, 'source' | 'scenario'>): LoadedScenario | string {
  const { source } = entry;
  if (source.kind === 'builtin') {
    const found = session.getState().library.find((e) => e.scenario.id === source.id);
    return found ?? t('app:store.notInLibrary', { id: source.id });
  }
  const parsed = parseScenario(source.text);
  if (!parsed.ok) return t('app:store.fileNoLonger', { name: source.name });
  return { scenario: shown(parsed.value), hash: hashScenario(source.text), source };
}

/** Reopens a past run's debrief by replaying its record. */
export function reopen(entry: HistoryEntry): void {
  const loaded = scenarioOf(entry);
  if (typeof loaded === 'string') {
    notice('error', t('app:store.cannotReopen', { reason: loaded }));
    return;
  }
  if (loaded.hash !== entry.scenarioHash) {
    notice(
      'error',
      t('app:store.cannotReplay', { title: loaded.scenario.title, was: entry.scenarioHash, now: loaded.hash }),
    );
    return;
  }
  show(loaded, entry.record, replayed(loaded, entry.record), entry, true);
}

/** Opens a run file (action script JSON, as downloaded): replays it to its debrief, or says why not. */
export function openRunFile(name: string, text: string): void {
  const parsed = parseActionScript(text);
  if (!parsed.ok) {
    const lines = parsed.error.slice(0, 3).map((p) => formatProblem(name, p));
    notice('error', t('app:store.notRunFile', { name, problems: lines.join(' · ') }));
    return;
  }
  const script = parsed.value;
  const { current, library } = session.getState();
  const loaded =
    current?.scenario.id === script.scenario ? current : library.find((e) => e.scenario.id === script.scenario);
  if (!loaded) {
    notice('error', t('app:store.runOfOther', { name, id: script.scenario }));
    return;
  }
  if (script.scenarioHash === undefined) {
    notice('error', t('app:store.noHash', { name, title: loaded.scenario.title }));
    return;
  }
  if (script.scenarioHash !== loaded.hash) {
    notice(
      'error',
      t('app:store.runOtherVersion', {
        name,
        title: loaded.scenario.title,
        was: script.scenarioHash,
        now: loaded.hash,
      }),
    );
    return;
  }
  const actions = script.actions.map((a) => ({ ...a, at: (actionTimeMs(a.at) ?? 0) / 1000 })) as RecordedAction[];
  const record: RunRecord = {
    scenario: script.scenario,
    scenarioHash: script.scenarioHash,
    seed: script.seed ?? loaded.scenario.seed,
    actions,
  };
  const run = replayed(loaded, record);
  const finishedMs = Date.now();
  const actionsJson = JSON.stringify(actions);
  const id = registrationOf({ scenarioHash: record.scenarioHash, card: run.card, actionsJson, finishedMs });
  const times = { startedMs: finishedMs - run.card.endedMs, finishedMs };
  show(
    loaded,
    record,
    run,
    historyEntry(id, record, loaded.source, localizeScenario(loaded.scenario, 'en').title, run.card, times),
    false,
  );
  notice('info', t('app:store.opened', { name, count: actions.length }));
}
