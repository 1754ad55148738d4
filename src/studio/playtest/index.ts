/** The studio's playtest: the pure report and the client of its Web Worker. */
export { createPlaytester, type Playtester, type PlaytesterOptions, type WorkerLike } from './client';
export { answer, type PlaytestRequest, type PlaytestResponse } from './protocol';
export { type PlaytestReport, type PolicyScore, playtestReport } from './report';
