/** Starting a session: settings, URL parameters and saved runs, with every problem found shown in one notice. */
import { t } from '../i18n';
import { facilitatorFrom, setFacilitator } from './facilitator';
import { noticeOf } from './notice';
import { finishEnded, refreshUnfinished, triageSavedRuns } from './resume';
import { session } from './session';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';
import { storage } from './storage';

const MAX_TIME_SCALE = 256;

function timeScaleFrom(params: URLSearchParams): { scale: number; problem: string | null } {
  const raw = params.get('speed');
  if (raw === null) return { scale: 1, problem: null };
  const n = Number(raw);
  if (Number.isInteger(n) && n >= 1 && n <= MAX_TIME_SCALE) return { scale: n, problem: null };
  return {
    scale: 1,
    problem: t('app:store.badSpeed', { raw, max: MAX_TIME_SCALE }),
  };
}

/** The saved settings (the defaults when none are saved or storage is refused). */
export function savedSettings(): Settings {
  return parseSettings(storage()?.getItem(SETTINGS_KEY) ?? null);
}

/** Reads settings, URL parameters and the saved runs: the library offers those that can be resumed, ended ones are scored. */
export function startSession(params: URLSearchParams): void {
  const store = storage();
  const settings = savedSettings();
  const { scale, problem } = timeScaleFrom(params);
  const facilitator = facilitatorFrom(params);
  setFacilitator(facilitator.on);
  session.setState({ settings, timeScale: scale, speed: settings.defaultSpeed });
  const problems = [problem, facilitator.problem].filter((p): p is string => p !== null);
  const { problems: saved, ended } = store ? triageSavedRuns(store) : { problems: [], ended: [] };
  problems.push(...saved);
  if (!store) problems.push(t('app:store.noStorage'));
  refreshUnfinished();
  if (problems.length > 0) session.setState({ notice: noticeOf('error', problems) });
  void finishEnded(ended);
}
