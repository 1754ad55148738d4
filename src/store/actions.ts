/** Session actions outside play: library, opening files, briefing, starting, saving and finishing runs. */

import { init } from '../engine';
import { t } from '../i18n';
import { DIFFICULTIES, formatProblem, hashScenario, parseScenario } from '../scenario';
import { score } from '../scoring';
import { recordFinished } from './aarActions';
import { seatSender } from './classroom/link';
import { shown } from './localize';
import { clearSavedRun, newRunId, saveRun } from './runRecord';
import { type initialSession, type LibraryEntry, type LoadedScenario, session } from './session';
import { SETTINGS_KEY, type Settings } from './settings';
import { storage } from './storage';

/** Loads the built-in scenarios (file name → text) into the library, easiest first, then shortest. */
export function loadLibrary(files: Record<string, string>): void {
  const library: LibraryEntry[] = [];
  const libraryProblems: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const parsed = parseScenario(text);
    if (parsed.ok) {
      const scenario = shown(parsed.value);
      library.push({ file, scenario, hash: hashScenario(text), source: { kind: 'builtin', id: scenario.id } });
    } else {
      libraryProblems.push(...parsed.error.map((p) => formatProblem(file, p)));
    }
  }
  const rank = (e: LibraryEntry) => DIFFICULTIES.indexOf(e.scenario.difficulty);
  library.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.scenario.durationMs - b.scenario.durationMs ||
      a.scenario.title.localeCompare(b.scenario.title),
  );
  session.setState({ library, libraryProblems });
}

/** Shows the briefing of a built-in scenario. */
export function openBuiltin(file: string): void {
  const entry = session.getState().library.find((e) => e.file === file);
  if (entry) session.setState({ current: entry, screen: 'briefing', fileProblems: null, notice: null });
}

/** Loads a scenario file the trainee opened: its briefing, or its problems as the CLI prints them. */
export function openFile(name: string, text: string): void {
  const parsed = parseScenario(text);
  if (!parsed.ok) {
    const lines = parsed.error.map((p) => formatProblem(name, p));
    session.setState({ fileProblems: { name, lines, text } });
    return;
  }
  const current: LoadedScenario = {
    scenario: shown(parsed.value),
    hash: hashScenario(text),
    source: { kind: 'file', name, text },
  };
  session.setState({ current, screen: 'briefing', fileProblems: null, notice: null });
}

/** Saves the run in play as it stands (after every action and as time passes); an ended run, or a class seat's (the server keeps it), is never saved. */
export function persist(): void {
  const { record, engine, current, screen, skippedDiscussions } = session.getState();
  const store = storage();
  if (!record || !engine || !current || !store || screen !== 'play' || engine.ended || seatSender()) return;
  const saved = { record, tMs: engine.t, source: current.source, savedMs: Date.now(), skipped: skippedDiscussions };
  if (!saveRun(store, { version: 1, ...saved })) {
    session.setState({
      notice: { kind: 'error', text: t('app:store.runNotSaved') },
    });
  }
}

/** The session fields that open play on a fresh or resumed run. */
export function playing(): Partial<ReturnType<typeof initialSession>> {
  const s = session.getState();
  return {
    screen: 'play',
    paused: false,
    speed: s.settings.defaultSpeed,
    selectedTrack: null,
    reportOpen: false,
    helpOpen: false,
    lastReport: null,
    skippedDiscussions: [],
    skipping: false,
    scoreCard: null,
    notice: null,
  };
}

/** Starts a new run of the current scenario with its default seed. */
export function startPlay(): void {
  const { current } = session.getState();
  if (!current) return;
  const { scenario, hash } = current;
  const engine = init(scenario, scenario.seed);
  session.setState({
    ...playing(),
    engine,
    prev: engine,
    cursor: { ...scenario.post.cell },
    record: {
      id: newRunId(),
      scenario: scenario.id,
      scenarioHash: hash,
      seed: engine.seed,
      actions: [],
      wallClock: { startedMs: Date.now(), actionsMs: [] },
    },
  });
  persist();
}

/** Scores the ended run, records it in the results history and shows the debrief. */
export function finishRun(): void {
  const { current, engine, record } = session.getState();
  if (!current || !engine || !record) return;
  const scoreCard = score(current.scenario, engine, null);
  const store = storage();
  if (store && record.id) clearSavedRun(store, record.id);
  recordFinished(scoreCard, engine);
  session.setState({ scoreCard, screen: 'debrief', reportOpen: false, helpOpen: false });
}

/** Back to the library, leaving any run in progress saved at the moment it was left. */
export function backToLibrary(): void {
  persist();
  session.setState({ screen: 'library', engine: null, prev: null, record: null, scoreCard: null, reportOpen: false });
}

/** Goes to the briefing of the current scenario. */
export function showBriefing(): void {
  if (session.getState().current) session.setState({ screen: 'briefing', notice: null });
}

/** Changes and saves settings. */
export function updateSettings(change: Partial<Settings>): void {
  const settings = { ...session.getState().settings, ...change };
  session.setState({ settings });
  try {
    storage()?.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    session.setState({ notice: { kind: 'error', text: t('app:store.settingsNotSaved') } });
  }
}

/** Hides the current notice. */
export function dismissNotice(): void {
  session.setState({ notice: null });
}
