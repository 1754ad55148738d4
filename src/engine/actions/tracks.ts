/** Actions on a track: classify it, and report it on a channel. */
import { t } from '../../i18n';
import { ASSESSMENTS, COMMS_CHANNELS } from '../../scenario/vocab';
import { type Draft, emit, trackW } from '../draft';
import { observedReport } from '../observed';
import { truthReport } from '../truth';
import type { Action, FiledReport, Rejection } from '../types';
import { reject } from './reject';
import { resolveTrack } from './target';

/** Delay before a report filed on a degraded channel is delivered. */
export const DEGRADED_DELAY_MS = 30_000;

/** Sets the trainee's classification of a track. */
export function classify(d: Draft, a: Extract<Action, { type: 'classify' }>): Rejection | null {
  if (!ASSESSMENTS.includes(a.as))
    return reject('bad-action', t('engine:tracks.badClassification', { as: String(a.as) }));
  const ti = resolveTrack(d, a);
  if (typeof ti !== 'number') return ti;
  const track = d.s.tracks[ti];
  if (track.dropped) return reject('dropped', t('engine:tracks.dropped', { track: track.label }));
  if (track.classification === a.as)
    return reject('unchanged', t('engine:tracks.alreadyClassified', { track: track.label, as: a.as }));
  trackW(d, ti).classification = a.as;
  emit(d, { type: 'track-classified', track: track.label, contact: track.contact, as: a.as });
  return null;
}

/** Files a report on a track: delivered now (up), in 30 s (degraded) or never (down). */
export function report(d: Draft, a: Extract<Action, { type: 'report' }>): Rejection | null {
  if (!COMMS_CHANNELS.includes(a.channel)) return reject('bad-action', t('engine:tracks.badChannel'));
  if (typeof a.report !== 'object' || a.report === null) return reject('bad-action', t('engine:tracks.reportFields'));
  const ti = resolveTrack(d, a);
  if (typeof ti !== 'number') return ti;
  const s = d.s;
  const track = s.tracks[ti];
  if (track.dropped) return reject('dropped', t('engine:tracks.dropped', { track: track.label }));
  const status = s.comms[a.channel];
  const filed: FiledReport = {
    index: s.reports.length,
    filedMs: s.t,
    track: track.label,
    contact: track.contact,
    channel: a.channel,
    report: { ...a.report },
    status: status === 'up' ? 'delivered' : status === 'degraded' ? 'pending' : 'not-delivered',
    deliverAtMs: status === 'degraded' ? s.t + DEGRADED_DELAY_MS : null,
    deliveredMs: status === 'up' ? s.t : null,
  };
  s.reports.push(filed);
  const ids = { index: filed.index, contact: filed.contact, channel: filed.channel };
  const truth = track.contact === null ? null : truthReport(d.sc, s, track.contact);
  const observed = track.contact === null ? null : observedReport(d.sc, s, track.contact);
  emit(d, { type: 'report-filed', ...ids, track: track.label, report: filed.report, truth, observed });
  if (status === 'up') emit(d, { type: 'report-delivered', ...ids });
  if (status === 'down') emit(d, { type: 'report-not-delivered', ...ids });
  return null;
}
