/** The studio's playtest: the pure report and the client of its Web Worker. */
export { createPlaytester, type Playtester, type PlaytesterOptions, type WorkerLike } from './client';
export { answers, type PlaytestRequest, type PlaytestResponse } from './protocol';
export { type PlaytestReport, type PolicyScore, playtestReport, playtestScores, withWarnings } from './report';
