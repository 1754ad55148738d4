/** After-action actions: keep finished runs in the history, reopen past runs, open run files, queue xAPI. */
import { actionTimeMs } from '../engine';
import type { State } from '../engine/types';
import { formatProblem, hashScenario, parseActionScript, parseScenario } from '../scenario';
import { scoreRun } from '../scoring';
import type { ScoreCard } from '../scoring/types';
import { buildStatements, registrationOf } from '../scoring/xapi';
import { aarSession } from './aar';
import { type HistoryEntry, historyEntry, loadHistory, saveHistory } from './history';
import { actorFor, type LrsSettings, loadLrs, loadOutbox, OUTBOX_KEY, type OutboxItem, saveLrs, store } from './lrs';
import type { RecordedAction, RunRecord } from './runRecord';
import { type LoadedScenario, session } from './session';
import { sessionStore, storage } from './storage';

function notice(kind: 'error' | 'info', text: string): void {
  session.setState({ notice: { kind, text } });
}

/** Reloads the history from IndexedDB into the store. */
export async function refreshHistory(): Promise<void> {
  try {
    aarSession.setState({ history: await loadHistory(), historyError: null });
  } catch (e) {
    aarSession.setState({ historyError: `Results history is not available: ${(e as Error).message}.` });
  }
}

/** Reads LRS settings and the outbox, and loads the history. */
export function initAar(): Promise<void> {
  const s = storage();
  aarSession.setState({ lrs: loadLrs(s, sessionStore()), outbox: loadOutbox(s) });
  return refreshHistory();
}

/** The xAPI statements of the debriefed run, for the learner in the LRS settings. */
export function statementsOf(entry: HistoryEntry, card: ScoreCard, state: State, title = entry.title) {
  const scenario = session.getState().current?.scenario;
  if (!scenario) return [];
  return buildStatements({
    scenario: { ...scenario, title },
    scenarioHash: entry.scenarioHash,
    card,
    state,
    actionsJson: JSON.stringify(entry.record.actions),
    actor: actorFor(aarSession.getState().lrs),
    startedMs: entry.startedMs,
    finishedMs: entry.finishedMs,
  });
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

/** Keeps the run just finished in the history and queues its statements when an LRS is set. */
export function recordFinished(card: ScoreCard, state: State): void {
  const { current, record } = session.getState();
  if (!current || !record) return;
  const finishedMs = Date.now();
  const times = { startedMs: finishedMs - card.endedMs, finishedMs };
  const actionsJson = JSON.stringify(record.actions);
  const id = registrationOf({ scenarioHash: record.scenarioHash, card, actionsJson, finishedMs });
  const entry = historyEntry(id, record, current.source, current.scenario.title, card, times);
  aarSession.setState({ entry, kept: true });
  saveHistory(entry)
    .then(refreshHistory)
    .catch((e: Error) => notice('error', `This result could not be kept in the history: ${e.message}.`));
  if (aarSession.getState().lrs.endpoint.trim()) {
    setOutbox([...aarSession.getState().outbox, { id, statements: statementsOf(entry, card, state), lastError: null }]);
  }
}

function scenarioOf(entry: Pick<HistoryEntry, 'source' | 'scenario'>): LoadedScenario | string {
  const { source } = entry;
  if (source.kind === 'builtin') {
    const found = session.getState().library.find((e) => e.scenario.id === source.id);
    return found ?? `its scenario "${source.id}" is not in this library`;
  }
  const parsed = parseScenario(source.text);
  if (!parsed.ok) return `its scenario file "${source.name}" no longer loads`;
  return { scenario: parsed.value, hash: hashScenario(source.text), source };
}

/** Reopens a past run's debrief by replaying its record. */
export function reopen(entry: HistoryEntry): void {
  const loaded = scenarioOf(entry);
  if (typeof loaded === 'string') {
    notice('error', `That result cannot be reopened: ${loaded}.`);
    return;
  }
  if (loaded.hash !== entry.scenarioHash) {
    notice(
      'error',
      `That result cannot be replayed: it was recorded against a different version of “${loaded.scenario.title}” (scenario hash ${entry.scenarioHash}, this one ${loaded.hash}).`,
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
    notice('error', `${name} is not a run file Skywatch can read: ${lines.join(' · ')}`);
    return;
  }
  const script = parsed.value;
  const { current, library } = session.getState();
  const loaded =
    current?.scenario.id === script.scenario ? current : library.find((e) => e.scenario.id === script.scenario);
  if (!loaded) {
    notice(
      'error',
      `${name} is a run of scenario "${script.scenario}", which is not in this library: open that scenario file first, then the run.`,
    );
    return;
  }
  if (script.scenarioHash === undefined) {
    notice('error', `${name} has no scenarioHash, so it cannot be checked against “${loaded.scenario.title}”.`);
    return;
  }
  if (script.scenarioHash !== loaded.hash) {
    notice(
      'error',
      `${name} was recorded against a different version of “${loaded.scenario.title}” (the run's scenario hash is ${script.scenarioHash}, the scenario here has ${loaded.hash}): it would not replay to the same debrief, so it was not opened.`,
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
  show(loaded, record, run, historyEntry(id, record, loaded.source, loaded.scenario.title, run.card, times), false);
  notice('info', `Opened ${name}: replayed from its ${actions.length} actions.`);
}
