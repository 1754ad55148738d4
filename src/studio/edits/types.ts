/** The studio's edits: every change the map and lists make to a scenario file, as data. */
import type { ContactFile, InjectFile, ObjectiveFile, TerrainCode } from '../../scenario';

/** A path into the JSON document: property names and array indexes. */
export type JsonPath = readonly (string | number)[];

/** A waypoint as written in a file: time offset, cell, optional activity. */
export type WaypointFile = ContactFile['path'][number];

/** A team token as written in a file. */
export interface TeamMemberFile {
  id: string;
  name: string;
  cell: string;
}

/** A sector as written in a file; `cells` is a cell, a range or a list of both. */
export interface SectorFile {
  id: string;
  name: string;
  cells: string | string[];
}

/** A briefing field the studio edits as one value. */
export type BriefingField = 'situation' | 'mission' | 'authorizedFlights' | 'reporting' | 'notes' | 'instructorNotes';

/** One change to a scenario text. Cells are names as written in files ("F7"), ranges "A1:D8". */
export type Edit =
  /** Set every listed cell of the terrain to one code (the row strings' characters are replaced). */
  | { kind: 'paint'; cells: readonly string[]; code: TerrainCode }
  /** Make the terrain cols × rows: rows and columns are cut off or added, filled with `fill` (default "."). */
  | { kind: 'resizeMap'; cols: number; rows: number; fill?: TerrainCode }
  | { kind: 'movePost'; cell: string }
  | { kind: 'addTeam'; member: TeamMemberFile }
  | { kind: 'moveTeam'; id: string; cell: string }
  | { kind: 'removeTeam'; id: string }
  | { kind: 'addSector'; sector: SectorFile }
  /** Move or resize a sector: its cells become `cells` (a range such as "A1:D8"). */
  | { kind: 'setSectorCells'; id: string; cells: string | string[] }
  | { kind: 'removeSector'; id: string }
  /** Move or resize the perimeter; null removes it. */
  | { kind: 'setPerimeter'; cells: string | string[] | null }
  | { kind: 'addContact'; contact: ContactFile }
  | { kind: 'removeContact'; id: string }
  /** Set a field of a contact (path inside the contact, e.g. ["cues", "type"]); undefined removes it. */
  | { kind: 'setContactField'; id: string; path: JsonPath; value: unknown }
  /** Add a waypoint; without `index` it goes where its time puts it. */
  | { kind: 'addWaypoint'; contact: string; waypoint: WaypointFile; index?: number }
  /** Change a waypoint's cell, time or activity (fields given replace those written; activity null removes it). */
  | {
      kind: 'setWaypoint';
      contact: string;
      index: number;
      cell?: string;
      at?: string | number;
      activity?: WaypointFile['activity'] | null;
    }
  | { kind: 'removeWaypoint'; contact: string; index: number }
  /** Add an inject; it is placed in time order among the injects (after the last one when it has no "at"). */
  | { kind: 'addInject'; inject: InjectFile }
  /** Replace an inject as a whole (its id may change). */
  | { kind: 'setInject'; id: string; inject: InjectFile }
  /** Set a field of an inject (path inside the inject); undefined removes it. */
  | { kind: 'setInjectField'; id: string; path: JsonPath; value: unknown }
  /** Set an inject's time ("at") and move it to its place in time order among the others. */
  | { kind: 'setInjectTime'; id: string; at: string | number }
  | { kind: 'removeInject'; id: string }
  /** Move an inject to position `to` (0-based) in the list. */
  | { kind: 'moveInject'; id: string; to: number }
  | { kind: 'addObjective'; objective: ObjectiveFile }
  | { kind: 'setObjective'; id: string; objective: ObjectiveFile }
  /** Set a field of an objective (path inside it, e.g. ["rule", "withinSec"]); undefined removes it. */
  | { kind: 'setObjectiveField'; id: string; path: JsonPath; value: unknown }
  | { kind: 'removeObjective'; id: string }
  /** Set a briefing field; undefined removes it. */
  | { kind: 'setBriefing'; field: BriefingField; value: unknown }
  /** The generic fallback: set the value at a path (undefined removes it). */
  | { kind: 'set'; path: JsonPath; value: unknown };

/** Why an edit could not be applied (the text is left as it was). */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}
