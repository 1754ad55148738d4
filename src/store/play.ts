/** Actions during play: each calls the engine, records what it accepted, and saves the run. */

import { advanceTo, apply, type TraineeView } from '../engine';
import type { Action, Rejection, State } from '../engine/types';
import { t } from '../i18n';
import { cellName } from '../scenario/grid';
import type { Cell } from '../scenario/model';
import type { Report } from '../scenario/schema';
import type { Assessment, CommsChannel, Posture } from '../scenario/vocab';
import { finishRun, persist } from './actions';
import { seatSender } from './classroom/link';
import { session } from './session';
import type { Speed } from './settings';
import { currentView } from './view';

/**
 * Applies a trainee action; on success it is recorded with `at` = scenario seconds. A refusal is shown,
 * unless `onRefused` handles it (returns true). In a class the action goes to the server instead: the mirror
 * applies it when the server accepts it (the state returned is what it will be).
 */
export function act(action: Action, onRefused?: (r: Rejection) => boolean): State | null {
  const { current, engine, record } = session.getState();
  if (!current || !engine || !record) return null;
  const result = apply(current.scenario, engine, action);
  if (!result.ok) {
    if (!onRefused?.(result.rejection)) session.setState({ notice: { kind: 'error', text: result.rejection.message } });
    return null;
  }
  const send = seatSender();
  if (send) return send(action) ? result.state : null;
  const actions = [...record.actions, { ...action, at: engine.t / 1000 }];
  const wall = record.wallClock;
  const wallClock = wall && { ...wall, actionsMs: [...wall.actionsMs, Date.now()] };
  session.setState({
    engine: result.state,
    prev: result.state,
    record: { ...record, actions, wallClock },
    notice: null,
  });
  persist();
  if (result.state.ended) finishRun();
  return result.state;
}

/** Marks a cell: the engine resolves what is there (a contact, or an empty track); a track already there is selected. */
export function markCell(cell: Cell): void {
  const before = session.getState().engine?.tracks.length ?? 0;
  const state = act({ type: 'mark', cell: cellName(cell) }, (r) => {
    if (r.rejected !== 'already-tracked' || !r.track) return false;
    session.setState({
      selectedTrack: r.track,
      cursor: { ...cell },
      notice: { kind: 'info', text: t('app:store.alreadyMarked', { track: r.track }) },
    });
    return true;
  });
  if (state && state.tracks.length > before) {
    session.setState({ selectedTrack: state.tracks[state.tracks.length - 1].label, cursor: { ...cell } });
  }
}

/** Drops a track (a mark made by mistake, or one that no longer follows anything); the selection clears. */
export function dropTrack(track: string): void {
  if (act({ type: 'drop', track }) && session.getState().selectedTrack === track)
    session.setState({ selectedTrack: null });
}

/** Marks the cell under the keyboard cursor. */
export function markCursor(): void {
  markCell(session.getState().cursor);
}

/** Classifies a track. */
export function classify(track: string, as: Assessment): void {
  act({ type: 'classify', track, as });
}

/** Files a report on a track on a channel; remembers it so the form can show whether it was delivered. */
export function fileReport(track: string, channel: CommsChannel, report: Report): boolean {
  const state = act({ type: 'report', track, channel, report });
  if (!state) return false;
  session.setState({ lastReport: state.reports.length - 1 });
  return true;
}

/** Sets the team's posture. */
export function setPosture(posture: Posture): void {
  if (session.getState().engine?.posture !== posture) act({ type: 'posture', posture });
}

/** Switches personal devices and emitters on or off. */
export function toggleEmissions(): void {
  const engine = session.getState().engine;
  if (engine) act({ type: 'emissions', state: engine.emissions === 'on' ? 'off' : 'on' });
}

/** Focuses observation on a sector, or none. */
export function focusSector(sector: string | null): void {
  if (session.getState().engine?.focus !== sector) act({ type: 'focus', sector });
}

/** Focuses the next or previous sector, passing through "no focus". */
export function cycleFocus(step: 1 | -1): void {
  const { current, engine } = session.getState();
  if (!current || !engine) return;
  const ids: (string | null)[] = [null, ...current.scenario.sectors.map((s) => s.id)];
  const i = ids.indexOf(engine.focus);
  focusSector(ids[(i + step + ids.length) % ids.length]);
}

/** Acknowledges a message. */
export function acknowledge(inject: string): void {
  act({ type: 'ack', inject });
}

/** Messages that need an acknowledgement and have none yet, oldest first. */
export function pendingAcks(): string[] {
  return currentView()?.pendingAcks ?? [];
}

/** Acknowledges the oldest message still waiting for one. */
export function acknowledgeOldest(): void {
  const [first] = pendingAcks();
  if (first) acknowledge(first);
  else session.setState({ notice: { kind: 'info', text: t('app:store.noAck') } });
}

/** Answers the frozen probe; play resumes, or a skip to the end that stopped for it carries on. */
export function answerProbe(probe: string, choice: number): void {
  if (act({ type: 'answer', probe, choice }) && session.getState().skipping) skipToEnd();
}

/** Answers a discussion prompt with free text. */
export function discuss(inject: string, text: string): void {
  act({ type: 'discuss', inject, text });
}

/** Leaves a discussion prompt unanswered and carries on. */
export function skipDiscussion(inject: string): void {
  session.setState({ skippedDiscussions: [...session.getState().skippedDiscussions, inject] });
  persist();
}

/** The discussion prompt waiting for the trainee, if any. */
export function pendingDiscussion(): string | null {
  const { skippedDiscussions } = session.getState();
  return currentView()?.openDiscussions.find((id) => !skippedDiscussions.includes(id)) ?? null;
}

/** Selects a track (or none). */
export function selectTrack(label: string | null): void {
  session.setState({ selectedTrack: label });
}

/** Selects the next or previous track in T1, T2… order. */
export function cycleTrack(step: 1 | -1): void {
  const { engine, selectedTrack } = session.getState();
  const view = currentView();
  if (!engine || !view || view.tracks.length === 0) return;
  const labels = view.tracks.map((t) => t.label);
  const i = selectedTrack ? labels.indexOf(selectedTrack) : step === 1 ? -1 : 0;
  session.setState({ selectedTrack: labels[(i + step + labels.length) % labels.length] });
}

/** Moves the keyboard cursor, staying on the map. */
export function moveCursor(dc: number, dr: number): void {
  const { current, cursor } = session.getState();
  if (!current) return;
  const { cols, rows } = current.scenario.map;
  session.setState({
    cursor: { c: Math.min(cols - 1, Math.max(0, cursor.c + dc)), r: Math.min(rows - 1, Math.max(0, cursor.r + dr)) },
  });
}

/** Cells where the trainee sees something not yet marked: indications and sightings, in reading order. */
export function sightingCells(view: TraineeView): Cell[] {
  return view.sightings.map((s) => ({ c: Math.round(s.x), r: Math.round(s.y) }));
}

/** Moves the cursor to the next sighting or indication after the cursor, wrapping round. */
export function cursorToNextSighting(): void {
  const { cursor } = session.getState();
  const view = currentView();
  if (!view) return;
  const cells = sightingCells(view);
  if (cells.length === 0) {
    session.setState({ notice: { kind: 'info', text: t('app:store.nothingUnmarked') } });
    return;
  }
  const next = cells.find((c) => c.r > cursor.r || (c.r === cursor.r && c.c > cursor.c)) ?? cells[0];
  session.setState({ cursor: { ...next } });
}

/** Sets the speed (1×, 2×, 4×) and resumes (not in a class: the class clock sets the pace). */
export function setSpeed(speed: Speed): void {
  if (seatSender()) return;
  session.setState({ speed, paused: false });
}

/** Pauses or resumes play (not in a class: only the instructor pauses). */
export function togglePause(): void {
  if (seatSender()) return;
  session.setState({ paused: !session.getState().paused });
}

/** Opens or closes the report form. */
export function setReportOpen(open: boolean): void {
  session.setState({ reportOpen: open, lastReport: open ? null : session.getState().lastReport });
}

/** Shows or hides the keyboard help. */
export function setHelpOpen(open: boolean): void {
  session.setState({ helpOpen: open });
}

/** Runs scenario time on to the end at once; it stops at each probe, and carries on once the probe is answered. */
export function skipToEnd(): void {
  const { current, engine } = session.getState();
  if (!current || !engine || engine.frozenProbe || seatSender()) return;
  const state = advanceTo(current.scenario, engine, current.scenario.durationMs);
  session.setState({ engine: state, prev: state, skipping: state.frozenProbe !== null });
  persist();
  if (state.ended) finishRun();
}
