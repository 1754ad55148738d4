/**
 * Ceilings on every time, count and size in the scenario and action-script formats, so that any
 * accepted file is read, checked and played to its end in bounded time. docs/authoring.md lists them.
 */

/** Longest scenario, and largest time offset anywhere: 12 hours (a shift, not a year). */
export const MAX_OFFSET_SEC = 12 * 60 * 60;
/** Most characters in an id. */
export const MAX_ID_LENGTH = 64;
/** Most characters in any text field (titles, names, messages, notes, report descriptions). */
export const MAX_TEXT_LENGTH = 4000;
/** Most contacts in a scenario. */
export const MAX_CONTACTS = 200;
/** Most injects in a scenario. */
export const MAX_INJECTS = 200;
/** Most objectives in a scenario. */
export const MAX_OBJECTIVES = 100;
/** Most waypoints on one contact's path. */
export const MAX_WAYPOINTS = 100;
/** Most team members. */
export const MAX_TEAM = 20;
/** Most sectors. */
export const MAX_SECTORS = 50;
/** Most briefing notes, and most authorized flights. */
export const MAX_BRIEFING_ITEMS = 50;
/** Most cells and ranges in one list of cells. */
export const MAX_CELL_ITEMS = 100;
/** Largest group of drones in one contact (`count` cue) and largest count in a report. */
export const MAX_COUNT = 99;
/** Largest distance in cells (`contactWithin.cells`, `beforeWithinCells`). */
export const MAX_CELLS_DISTANCE = 50;
/** Largest objective weight. */
export const MAX_WEIGHT = 100;
/** Most choices a probe offers (8 fits an 8-point compass); an answer's `choice` is at most one less. */
export const MAX_PROBE_CHOICES = 8;
/** Largest `falseReports.max`. */
export const MAX_FALSE_REPORTS = 1000;
/** Most actions in an action script. */
export const MAX_ACTIONS = 100_000;
/** Deepest nesting of lists and objects in a file. */
export const MAX_DEPTH = 64;
/** Largest file the command-line tools read, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
