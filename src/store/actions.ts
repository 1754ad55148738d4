/** Session actions outside play: library, opening files, briefing, starting, resuming and finishing runs. */
import { init } from '../engine';
import { DIFFICULTIES, formatProblem, hashScenario, parseScenario } from '../scenario';
import { score } from '../scoring';
import { recordFinished } from './aarActions';
import { replayTo } from './replay';
import { clearSavedRun, loadSavedRun, type SavedRun, saveRun, setAsideSavedRun } from './runRecord';
import { type initialSession, type LibraryEntry, type LoadedScenario, session } from './session';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';
import { storage } from './storage';

const MAX_TIME_SCALE = 256;

/** Loads the built-in scenarios (file name → text) into the library, easiest first, then shortest. */
export function loadLibrary(files: Record<string, string>): void {
  const library: LibraryEntry[] = [];
  const libraryProblems: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const parsed = parseScenario(text);
    if (parsed.ok) {
      const scenario = parsed.value;
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

function timeScaleFrom(params: URLSearchParams): { scale: number; problem: string | null } {
  const raw = params.get('speed');
  if (raw === null) return { scale: 1, problem: null };
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= MAX_TIME_SCALE) return { scale: n, problem: null };
  return {
    scale: 1,
    problem: `The URL parameter speed=${raw} was ignored: give a whole number from 1 to ${MAX_TIME_SCALE}.`,
  };
}

function scenarioFor(saved: SavedRun): { loaded: LoadedScenario } | { reason: string } {
  const { source, record } = saved;
  let loaded: LoadedScenario | undefined;
  if (source.kind === 'builtin') {
    loaded = session.getState().library.find((e) => e.scenario.id === source.id);
    if (!loaded) return { reason: `its scenario "${source.id}" is not in this library` };
  } else {
    const parsed = parseScenario(source.text);
    if (!parsed.ok) return { reason: `its scenario file "${source.name}" no longer loads` };
    loaded = { scenario: parsed.value, hash: hashScenario(source.text), source };
  }
  if (loaded.scenario.id !== record.scenario) return { reason: `it was recorded for scenario "${record.scenario}"` };
  if (loaded.hash !== record.scenarioHash) {
    return { reason: `it was recorded against a different version of "${loaded.scenario.title}"` };
  }
  return { loaded };
}

function setAside(reason: string): void {
  const store = storage();
  const key = store ? setAsideSavedRun(store) : null;
  const where = key ? ` It was kept in this browser's storage under "${key}".` : '';
  session.setState({ notice: { kind: 'error', text: `The saved run could not be resumed: ${reason}.${where}` } });
}

/** Reads settings, URL parameters and any saved run; offers to resume it. */
export function startSession(params: URLSearchParams): void {
  const store = storage();
  const settings = parseSettings(store?.getItem(SETTINGS_KEY) ?? null);
  const { scale, problem } = timeScaleFrom(params);
  session.setState({ settings, timeScale: scale, speed: settings.defaultSpeed });
  if (problem) session.setState({ notice: { kind: 'error', text: problem } });
  if (!store) {
    session.setState({
      notice: { kind: 'error', text: 'This browser refuses local storage: runs will not be saved.' },
    });
    return;
  }
  const loaded = loadSavedRun(store);
  if (loaded.kind === 'bad') setAside(loaded.reason);
  if (loaded.kind !== 'ok') return;
  const found = scenarioFor(loaded.saved);
  if ('reason' in found) setAside(found.reason);
  else session.setState({ resumeOffer: { saved: loaded.saved, title: found.loaded.scenario.title } });
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
    session.setState({ fileProblems: { name, lines } });
    return;
  }
  const current: LoadedScenario = {
    scenario: parsed.value,
    hash: hashScenario(text),
    source: { kind: 'file', name, text },
  };
  session.setState({ current, screen: 'briefing', fileProblems: null, notice: null });
}

/** Saves the run as it stands (called after every action and as time passes). */
export function persist(): void {
  const { record, engine, current } = session.getState();
  const store = storage();
  if (!record || !engine || !current || !store) return;
  if (!saveRun(store, { version: 1, record, tMs: engine.t, source: current.source })) {
    session.setState({
      notice: { kind: 'error', text: 'The run could not be saved: this browser’s storage is full.' },
    });
  }
}

function playing(): Partial<ReturnType<typeof initialSession>> {
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
    resumeOffer: null,
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
      scenario: scenario.id,
      scenarioHash: hash,
      seed: engine.seed,
      actions: [],
      wallClock: { startedMs: Date.now(), actionsMs: [] },
    },
  });
  persist();
}

/** Resumes the saved run at the moment it was saved, paused so the trainee can take stock. */
export function resumeSaved(): void {
  const offer = session.getState().resumeOffer;
  if (!offer) return;
  const found = scenarioFor(offer.saved);
  if ('reason' in found) {
    session.setState({ resumeOffer: null });
    setAside(found.reason);
    return;
  }
  const replayed = replayTo(found.loaded.scenario, offer.saved.record, offer.saved.tMs);
  if (!replayed.ok) {
    session.setState({ resumeOffer: null });
    setAside(replayed.reason);
    return;
  }
  session.setState({
    ...playing(),
    current: found.loaded,
    engine: replayed.state,
    prev: replayed.state,
    record: offer.saved.record,
    cursor: { ...found.loaded.scenario.post.cell },
    paused: true,
    notice: { kind: 'info', text: 'Run resumed where it was saved. Press Space or Resume to carry on.' },
  });
}

/** Declines the saved run: it is set aside (kept under another key), not deleted. */
export function declineSaved(): void {
  const store = storage();
  const key = store ? setAsideSavedRun(store) : null;
  session.setState({
    resumeOffer: null,
    notice: key ? { kind: 'info', text: `The saved run was set aside under "${key}".` } : null,
  });
}

/** Scores the ended run, records it in the results history and shows the debrief. */
export function finishRun(): void {
  const { current, engine, record } = session.getState();
  if (!current || !engine || !record) return;
  const scoreCard = score(current.scenario, engine, null);
  const store = storage();
  if (store) clearSavedRun(store);
  recordFinished(scoreCard, engine);
  session.setState({ scoreCard, screen: 'debrief', reportOpen: false, helpOpen: false });
}

/** Back to the library, leaving any run in progress saved. */
export function backToLibrary(): void {
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
    session.setState({ notice: { kind: 'error', text: 'Settings could not be saved: storage is full.' } });
  }
}

/** Hides the current notice. */
export function dismissNotice(): void {
  session.setState({ notice: null });
}
