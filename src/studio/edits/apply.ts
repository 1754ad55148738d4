/** Applying a studio edit to a scenario text, keeping the instructor's comments, order and layout. */
import { getNodeValue, type Node } from 'jsonc-parser';
import { t } from '../../i18n';
import { offsetToMs, parseCell } from '../../scenario';
import { insertElement, nodeAt, removeValue, setValue } from './text';
import { type Edit, EditError, type JsonPath } from './types';

/** The items of the list at `path` (none when it is absent or not a list). */
function items(text: string, path: JsonPath): Node[] {
  const node = nodeAt(text, path);
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The position of the item with this id in the list at `list` ("contacts", "injects"…); throws when there is none. */
function indexOf(text: string, list: string, id: string): number {
  const i = items(text, [list]).findIndex((n) => {
    const v = getNodeValue(n) as unknown;
    return v !== null && typeof v === 'object' && (v as { id?: unknown }).id === id;
  });
  if (i < 0) throw new EditError(t('studio:edits.noItem', { id, list }));
  return i;
}

/** The milliseconds of a time offset as written, or null when it has none or it is malformed. */
function msOf(at: unknown): number | null {
  return typeof at === 'number' || typeof at === 'string' ? offsetToMs(at) : null;
}

/**
 * Where an item with time `at` goes in a list kept in time order: after the last item timed no later,
 * else before the first later one; at the end when it has no time or nothing in the list is timed.
 */
function timeIndex(list: Node[], at: unknown): number {
  const ms = msOf(at);
  if (ms === null) return list.length;
  const times = list.map((n) => msOf((getNodeValue(n) as { at?: unknown } | null)?.at));
  const noLater = times.map((t, i) => (t !== null && t <= ms ? i : -1));
  const lastNoLater = Math.max(-1, ...noLater);
  if (lastNoLater >= 0) return lastNoLater + 1;
  const firstLater = times.findIndex((t) => t !== null && t > ms);
  return firstLater >= 0 ? firstLater : list.length;
}

/** The terrain rows as written. */
function terrainRows(text: string): string[] {
  return items(text, ['map', 'terrain']).map((n) => String(getNodeValue(n)));
}

function paint(text: string, cells: readonly string[], code: string): string {
  const rows = terrainRows(text);
  const changed = new Map<number, string[]>();
  for (const name of cells) {
    const cell = parseCell(name);
    if (!cell || cell.r >= rows.length || cell.c >= rows[cell.r].length) {
      throw new EditError(t('studio:edits.notACell', { name }));
    }
    const row = changed.get(cell.r) ?? [...rows[cell.r]];
    row[cell.c] = code;
    changed.set(cell.r, row);
  }
  let out = text;
  for (const [r, row] of changed) out = setValue(out, ['map', 'terrain', r], row.join(''));
  return out;
}

function resize(text: string, cols: number, rows: number, fill: string): string {
  if (!Number.isInteger(cols) || !Number.isInteger(rows) || cols < 1 || rows < 1 || cols > 26 || rows > 26) {
    throw new EditError(t('studio:edits.mapSize'));
  }
  const old = terrainRows(text);
  let out = text;
  for (let r = old.length - 1; r >= rows; r--) out = removeValue(out, ['map', 'terrain', r]);
  for (let r = 0; r < Math.min(rows, old.length); r++) {
    const row = old[r].slice(0, cols).padEnd(cols, fill);
    if (row !== old[r]) out = setValue(out, ['map', 'terrain', r], row);
  }
  for (let r = old.length; r < rows; r++) out = insertElement(out, ['map', 'terrain'], r, fill.repeat(cols));
  return out;
}

/** Moves the list item at `from` to position `to`, carrying its text (inner comments included). */
function move(text: string, list: JsonPath, from: number, to: number): string {
  const all = items(text, list);
  const target = Math.max(0, Math.min(to, all.length - 1));
  if (target === from) return text;
  const node = all[from];
  const raw = text.slice(node.offset, node.offset + node.length);
  const without = removeValue(text, [...list, from]);
  return insertElement(without, list, target, getNodeValue(node), raw);
}

function setWaypoint(text: string, edit: Extract<Edit, { kind: 'setWaypoint' }>): string {
  const path = ['contacts', indexOf(text, 'contacts', edit.contact), 'path', edit.index];
  if (!nodeAt(text, path))
    throw new EditError(t('studio:edits.noWaypoint', { contact: edit.contact, n: edit.index + 1 }));
  let out = text;
  if (edit.at !== undefined) out = setValue(out, [...path, 'at'], edit.at);
  if (edit.cell !== undefined) out = setValue(out, [...path, 'cell'], edit.cell);
  if (edit.activity !== undefined) out = setValue(out, [...path, 'activity'], edit.activity ?? undefined);
  return out;
}

function byId(text: string, list: string, id: string): JsonPath {
  return [list, indexOf(text, list, id)];
}

function addWaypoint(text: string, edit: Extract<Edit, { kind: 'addWaypoint' }>): string {
  const path = ['contacts', indexOf(text, 'contacts', edit.contact), 'path'];
  const index = edit.index ?? timeIndex(items(text, path), edit.waypoint.at);
  return insertElement(text, path, index, edit.waypoint);
}

/** Sets an inject's time, then moves it to where that time puts it among the other injects. */
function setInjectTime(text: string, id: string, at: string | number): string {
  const timed = setValue(text, [...byId(text, 'injects', id), 'at'], at);
  const from = indexOf(timed, 'injects', id);
  const others = items(timed, ['injects']).filter((_, i) => i !== from);
  return move(timed, ['injects'], from, timeIndex(others, at));
}

/** Applies one edit to a scenario text: only the characters the change needs are touched. Throws EditError when its target is missing. */
export function applyEdit(text: string, edit: Edit): string {
  switch (edit.kind) {
    case 'paint':
      return paint(text, edit.cells, edit.code);
    case 'resizeMap':
      return resize(text, edit.cols, edit.rows, edit.fill ?? '.');
    case 'movePost':
      return setValue(text, ['post', 'cell'], edit.cell);
    case 'addTeam':
      return insertElement(text, ['team'], Number.MAX_SAFE_INTEGER, edit.member);
    case 'moveTeam':
      return setValue(text, [...byId(text, 'team', edit.id), 'cell'], edit.cell);
    case 'removeTeam':
      return removeValue(text, byId(text, 'team', edit.id));
    case 'addSector':
      return insertElement(text, ['sectors'], Number.MAX_SAFE_INTEGER, edit.sector);
    case 'setSectorCells':
      return setValue(text, [...byId(text, 'sectors', edit.id), 'cells'], edit.cells);
    case 'removeSector':
      return removeValue(text, byId(text, 'sectors', edit.id));
    case 'setPerimeter':
      return setValue(text, ['map', 'perimeter'], edit.cells ?? undefined);
    case 'addContact':
      return insertElement(text, ['contacts'], Number.MAX_SAFE_INTEGER, edit.contact);
    case 'removeContact':
      return removeValue(text, byId(text, 'contacts', edit.id));
    case 'setContactField':
      return setValue(text, [...byId(text, 'contacts', edit.id), ...edit.path], edit.value);
    case 'addWaypoint':
      return addWaypoint(text, edit);
    case 'setWaypoint':
      return setWaypoint(text, edit);
    case 'removeWaypoint': {
      const path = ['contacts', indexOf(text, 'contacts', edit.contact), 'path', edit.index];
      if (!nodeAt(text, path))
        throw new EditError(t('studio:edits.noWaypoint', { contact: edit.contact, n: edit.index + 1 }));
      return removeValue(text, path);
    }
    case 'addInject':
      return insertElement(text, ['injects'], timeIndex(items(text, ['injects']), edit.inject.at), edit.inject);
    case 'setInject':
      return setValue(text, byId(text, 'injects', edit.id), edit.inject);
    case 'setInjectField':
      return setValue(text, [...byId(text, 'injects', edit.id), ...edit.path], edit.value);
    case 'setInjectTime':
      return setInjectTime(text, edit.id, edit.at);
    case 'removeInject':
      return removeValue(text, byId(text, 'injects', edit.id));
    case 'moveInject':
      return move(text, ['injects'], indexOf(text, 'injects', edit.id), edit.to);
    case 'addObjective':
      return insertElement(text, ['objectives'], Number.MAX_SAFE_INTEGER, edit.objective);
    case 'setObjective':
      return setValue(text, byId(text, 'objectives', edit.id), edit.objective);
    case 'setObjectiveField':
      return setValue(text, [...byId(text, 'objectives', edit.id), ...edit.path], edit.value);
    case 'removeObjective':
      return removeValue(text, byId(text, 'objectives', edit.id));
    case 'setBriefing':
      return setValue(text, ['briefing', edit.field], edit.value);
    case 'set':
      return setValue(text, edit.path, edit.value);
  }
}

/** Applies edits in order. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  return edits.reduce(applyEdit, text);
}
