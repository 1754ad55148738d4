/** Timing: a positive duration, and warnings for probes too early or too close, and injects after the end. */
import { error, type Finding, warning } from '../finding';
import type { InjectFile } from '../schema';
import { formatOffset, offsetToMs } from '../time';
import { type Ctx, each } from './context';

/** Probes should leave this long from the start and from each other (SAGAT practice). */
const PROBE_GAP_MS = 180_000;

/** When each inject fires, where that is known before play: `at`, or `after` a chain ending in `at`. */
function knownFiringTimes(injects: Map<string, InjectFile>): Map<string, number> {
  const times = new Map<string, number>();
  const resolve = (id: string, depth: number): number | null => {
    const known = times.get(id);
    if (known !== undefined) return known;
    const inject = injects.get(id);
    if (!inject || inject.optional || depth > injects.size) return null;
    let t: number | null = null;
    if (inject.at !== undefined && inject.when === undefined) t = offsetToMs(inject.at);
    else if (inject.when && 'after' in inject.when && inject.at === undefined) {
      const base = resolve(inject.when.after, depth + 1);
      t = base === null ? null : base + (offsetToMs(inject.when.delay ?? 0) ?? 0);
    }
    if (t !== null) times.set(id, t);
    return t;
  };
  for (const id of injects.keys()) resolve(id, 0);
  return times;
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
  const times = knownFiringTimes(ctx.injects);
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
