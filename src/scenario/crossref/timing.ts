/** Timing: a positive duration, and warnings for probes too early or too close, and injects after the end. */
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
    out.push(
      error('duration-zero', ['durationSec'], 'durationSec must be more than 0 — how long play lasts, e.g. "20:00"'),
    );
  }
  const times = knownFiringTimes(timed(ctx));
  const probes: { t: number; index: number }[] = [];
  each(ctx.file.injects, (inject, index) => {
    const t = ctx.injects.get(inject.id) === inject ? times.get(inject.id) : undefined;
    if (t === undefined) return;
    if (duration && t >= duration) {
      out.push(
        warning(
          'inject-after-end',
          ['injects', index],
          `this inject would fire at ${formatOffset(t)}, at or after the end of play (${formatOffset(duration)}) — it never fires`,
        ),
      );
    }
    if (inject.type === 'probe') probes.push({ t, index });
  });
  probes.sort((a, b) => a.t - b.t || a.index - b.index);
  probes.forEach((p, k) => {
    if (p.t < PROBE_GAP_MS) {
      out.push(
        warning(
          'probe-early',
          ['injects', p.index],
          `this probe fires at ${formatOffset(p.t)}, in the first 3:00 — give the trainee time to build a picture first`,
        ),
      );
    }
    const prev = probes[k - 1];
    if (prev && p.t - prev.t < PROBE_GAP_MS) {
      out.push(
        warning(
          'probe-close',
          ['injects', p.index],
          `this probe fires ${formatOffset(p.t - prev.t)} after the probe at /injects/${prev.index} — leave at least 3:00 between probes`,
        ),
      );
    }
  });
  return out;
}
