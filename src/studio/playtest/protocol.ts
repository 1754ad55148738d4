/** The messages between the studio and its playtest worker, and the worker's answers to one request. */
import type { Language } from '../../i18n';
import { type PlaytestReport, playtestScores, withWarnings } from './report';

/** Asks the worker to playtest a text; `id` grows with every request. */
export interface PlaytestRequest {
  id: number;
  text: string;
  /** The page's language, for the warnings' messages (a worker has its own translator); English when absent. */
  language?: Language;
}

/** One of the worker's answers to the request with the same id: first the scores, then the complete report. */
export interface PlaytestResponse {
  id: number;
  report: PlaytestReport;
}

/** The worker's answers to one request, in order: its whole job, kept apart from `self` so tests can call it. */
export function* answers(request: PlaytestRequest): Generator<PlaytestResponse> {
  const first = playtestScores(request.text);
  yield { id: request.id, report: first };
  if (!first.complete) yield { id: request.id, report: withWarnings(request.text, first) };
}
