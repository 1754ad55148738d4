/** Keyboard play: turns key presses into store actions through the pure key map. */

import { t } from '../i18n';
import { toggleFacilitator } from '../store/facilitator';
import {
  acknowledgeOldest,
  cursorToNextSighting,
  cycleFocus,
  cycleTrack,
  markCursor,
  moveCursor,
  setHelpOpen,
  setPosture,
  setReportOpen,
  setSpeed,
  toggleEmissions,
  togglePause,
} from '../store/play';
import { session } from '../store/session';
import { type Command, commandFor, type FocusLike, pressedByEnter, takesTyping } from './logic/keymap';

function focusOf(target: HTMLElement | null): FocusLike {
  return {
    tag: target?.tagName ?? '',
    type: target?.getAttribute('type'),
    role: target?.getAttribute('role'),
    editable: target?.isContentEditable ?? false,
  };
}

function needsTrack(): boolean {
  if (session.getState().selectedTrack) return true;
  session.setState({ notice: { kind: 'info', text: t('app:play.selectTrackFirst') } });
  return false;
}

function run(cmd: Command): void {
  const s = session.getState();
  switch (cmd.kind) {
    case 'pause':
      togglePause();
      break;
    case 'speed':
      setSpeed(cmd.speed);
      break;
    case 'focus':
      cycleFocus(cmd.step);
      break;
    case 'track':
      cycleTrack(cmd.step);
      break;
    case 'cursor':
      moveCursor(cmd.dc, cmd.dr);
      break;
    case 'mark':
      markCursor();
      break;
    case 'next-sighting':
      cursorToNextSighting();
      break;
    case 'classify':
      if (needsTrack()) document.getElementById('classify-select')?.focus();
      break;
    case 'report':
      if (needsTrack()) setReportOpen(true);
      break;
    case 'posture':
      setPosture(cmd.posture);
      break;
    case 'emissions':
      toggleEmissions();
      break;
    case 'ack':
      acknowledgeOldest();
      break;
    case 'facilitator':
      toggleFacilitator();
      break;
    case 'help':
      setHelpOpen(!s.helpOpen);
      break;
    case 'close':
      if (s.helpOpen) setHelpOpen(false);
      else if (s.reportOpen) setReportOpen(false);
      break;
  }
}

/** Listens for play keys on the document; returns a function that stops listening. */
export function listenKeys(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const s = session.getState();
    if (s.screen !== 'play' || !s.engine) return;
    const target = e.target as HTMLElement | null;
    const focus = focusOf(target);
    if (takesTyping(focus) && e.key !== 'Escape') return;
    if (pressedByEnter(focus) && e.key === 'Enter') return;
    if (s.engine.frozenProbe || (target?.closest('[role="dialog"]') && e.key !== 'Escape' && e.key !== '?')) return;
    if (s.helpOpen && e.key !== 'Escape' && e.key !== '?') return;
    const cmd = commandFor(e);
    if (!cmd) return;
    e.preventDefault();
    run(cmd);
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}
