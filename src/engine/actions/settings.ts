/** Actions that set the post's own state: emissions, team posture, focused sector. */
import { t } from '../../i18n';
import { EMISSION_STATES, POSTURES } from '../../scenario/vocab';
import { type Draft, emit } from '../draft';
import type { Action, Rejection } from '../types';
import { reject } from './reject';

/** Switches personal devices / emitters on or off. */
export function setEmissions(d: Draft, a: Extract<Action, { type: 'emissions' }>): Rejection | null {
  if (!EMISSION_STATES.includes(a.state)) return reject('bad-action', t('engine:settings.emissionsBad'));
  if (d.s.emissions === a.state)
    return reject('unchanged', t('engine:settings.emissionsUnchanged', { state: a.state }));
  d.s.emissions = a.state;
  emit(d, { type: 'emissions-changed', state: a.state });
  return null;
}

/** Sets the team's posture (normal, alert, cover). */
export function setPosture(d: Draft, a: Extract<Action, { type: 'posture' }>): Rejection | null {
  if (!POSTURES.includes(a.posture))
    return reject('bad-action', t('engine:settings.postureBad', { postures: POSTURES.join(', ') }));
  if (d.s.posture === a.posture)
    return reject('unchanged', t('engine:settings.postureUnchanged', { posture: a.posture }));
  d.s.posture = a.posture;
  emit(d, { type: 'posture-changed', posture: a.posture });
  return null;
}

/** Focuses observation on a sector, or on none (null). */
export function setFocus(d: Draft, a: Extract<Action, { type: 'focus' }>): Rejection | null {
  const sector = a.sector ?? null;
  if (sector !== null && !d.p.sectorMask.has(sector))
    return reject('unknown-sector', t('engine:settings.unknownSector', { sector }));
  if (d.s.focus === sector)
    return reject(
      'unchanged',
      sector === null ? t('engine:settings.nothingFocused') : t('engine:settings.alreadyFocused', { sector }),
    );
  d.s.focus = sector;
  emit(d, { type: 'focus-changed', sector });
  return null;
}
