/** Timing: a positive duration, and warnings for probes too early or too close, and injects after the end. */
import { t } from '../../i18n';
import { error, type Finding, warning } from '../finding';
import { knownFiringTimes, PROBE_GAP_MS, type TimedInject } from '../firing-times';
import type { Trigger } from '../model';
import type { InjectFile } from '../schema';
import { formatOffset, offsetToMs } from '../time';
import { type Ctx, each, isBroken } from './context';

/** The trigger of an inject as written, when it is one whose time is known before play (`at` alone, or `after` alone). */
function fileTrigger(inject: InjectFile): Trigger | null {
  const { at, when } = inject;
  const atMs = at === undefined ? null : offsetToMs(at);
  if (atMs !== null && when === undefined) return { kind: 'at', atMs };
  if (when && 'after' in when && at === undefined) {
    return { kind: 'after', inject: when.after, delayMs: offsetToMs(when.delay ?? 0) ?? 0 };
  }
  return null;
}

/** The injects as the shared firing-time rule reads them; a trigger written wrong is unknown. */
function timed(ctx: Ctx): TimedInject[] {
  return [...ctx.injects.values()].map((i) => ({
    id: i.id,
    optional: i.optional ?? false,
    trigger: isBroken(ctx, i, 'at', 'when', 'optional') ? null : fileTrigger(i),
  }));
}

/** All timing checks. */
export function checkTiming(ctx: Ctx): Finding[] {
  const out: Finding[] = [];
  const duration = ctx.file.durationSec === undefined ? null : offsetToMs(ctx.file.durationSec);
  if (duration === 0) {
    out.push(error('duration-zero', ['durationSec'], t('scenario:crossref.durationZero')));
  }
  const times = knownFiringTimes(timed(ctx));
  const probes: { t: number; index: number }[] = [];
  each(ctx.file.injects, (inject, index) => {
    const firesAt = ctx.injects.get(inject.id) === inject ? times.get(inject.id) : undefined;
    if (firesAt === undefined) return;
    if (duration && firesAt >= duration) {
      out.push(
        warning(
          'inject-after-end',
          ['injects', index],
          t('scenario:crossref.injectAfterEnd', { at: formatOffset(firesAt), end: formatOffset(duration) }),
        ),
      );
    }
    if (inject.type === 'probe') probes.push({ t: firesAt, index });
  });
  probes.sort((a, b) => a.t - b.t || a.index - b.index);
  probes.forEach((p, k) => {
    if (p.t < PROBE_GAP_MS) {
      out.push(
        warning('probe-early', ['injects', p.index], t('scenario:crossref.probeEarly', { at: formatOffset(p.t) })),
      );
    }
    const prev = probes[k - 1];
    if (prev && p.t - prev.t < PROBE_GAP_MS) {
      out.push(
        warning(
          'probe-close',
          ['injects', p.index],
          t('scenario:crossref.probeClose', { gap: formatOffset(p.t - prev.t), index: String(prev.index) }),
        ),
      );
    }
  });
  return out;
}
