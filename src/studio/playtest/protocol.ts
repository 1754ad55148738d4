/** The messages between the studio and its playtest worker, and the worker's answer to one. */
import { type PlaytestReport, playtestReport } from './report';

/** Asks the worker to playtest a text; `id` grows with every request. */
export interface PlaytestRequest {
  id: number;
  text: string;
}

/** The worker's answer to the request with the same id. */
export interface PlaytestResponse {
  id: number;
  report: PlaytestReport;
}

/** Answers one request: the worker's whole job, kept apart from `self` so tests can call it. */
export function answer(request: PlaytestRequest): PlaytestResponse {
  return { id: request.id, report: playtestReport(request.text) };
}
