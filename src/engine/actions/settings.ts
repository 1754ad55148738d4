/** Actions that set the post's own state: emissions, team posture, focused sector. */
import { EMISSION_STATES, POSTURES } from '../../scenario/vocab';
import { type Draft, emit } from '../draft';
import type { Action, Rejection } from '../types';
import { reject } from './reject';

/** Switches personal devices / emitters on or off. */
export function setEmissions(d: Draft, a: Extract<Action, { type: 'emissions' }>): Rejection | null {
  if (!EMISSION_STATES.includes(a.state)) return reject('bad-action', 'emissions must be "on" or "off"');
  if (d.s.emissions === a.state) return reject('unchanged', `emissions are already ${a.state}`);
  d.s.emissions = a.state;
  emit(d, { type: 'emissions-changed', state: a.state });
  return null;
}

/** Sets the team's posture (normal, alert, cover). */
export function setPosture(d: Draft, a: Extract<Action, { type: 'posture' }>): Rejection | null {
  if (!POSTURES.includes(a.posture)) return reject('bad-action', `posture must be one of ${POSTURES.join(', ')}`);
  if (d.s.posture === a.posture) return reject('unchanged', `the team is already at ${a.posture}`);
  d.s.posture = a.posture;
  emit(d, { type: 'posture-changed', posture: a.posture });
  return null;
}

/** Focuses observation on a sector, or on none (null). */
export function setFocus(d: Draft, a: Extract<Action, { type: 'focus' }>): Rejection | null {
  const sector = a.sector ?? null;
  if (sector !== null && !d.p.sectorMask.has(sector)) return reject('unknown-sector', `there is no sector "${sector}"`);
  if (d.s.focus === sector)
    return reject('unchanged', sector === null ? 'nothing is focused' : `already focused on ${sector}`);
  d.s.focus = sector;
  emit(d, { type: 'focus-changed', sector });
  return null;
}
