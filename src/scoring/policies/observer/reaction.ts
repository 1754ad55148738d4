/**
 * The observer's human reaction times: how long a trainee who plays well, but is only human, takes
 * between seeing something and acting on it. docs/scoring.md lists them.
 */

/** A sighting must have been in view this long before the observer marks it: noticing it and clicking. */
export const NOTICE_MS = 5_000;
/** After the cues that decide a classification have shown: thinking it over and classifying. */
export const CLASSIFY_MS = 10_000;
/** After classifying a drone (or learning news for an update): filling in the report form and sending it. */
export const REPORT_MS = 20_000;
/** After a message comes: reading it before acknowledging or obeying it. */
export const READ_MS = 5_000;
/** Take the team to Alert when a drone comes towards the post within this many cells (a hazard: at any range). */
export const ALERT_CELLS = 6;
/** Take cover when a drone coming towards the post, or a hazard, is within this many cells. */
export const COVER_CELLS = 3.5;
