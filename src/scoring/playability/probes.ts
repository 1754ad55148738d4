/** Probe spacing in the playtest runs, for probes whose firing time is only known by playing. */
import { t } from '../../i18n';
import { type Finding, formatOffset, knownFiringTimes, PROBE_GAP_MS, warning } from '../../scenario';
import type { Scenario } from '../../scenario/model';
import type { Playtest } from './runs';

/** probe-early / probe-close in the perfect and passive runs, for probes triggered by the run (the static check covers the rest). */
export function checkProbeSpacing(scenario: Scenario, runs: readonly Playtest[]): Finding[] {
  const known = knownFiringTimes(scenario.injects);
  const index = new Map(scenario.injects.map((inj, i) => [inj.id, i]));
  const probeIds = new Set(scenario.injects.filter((i) => i.type === 'probe').map((i) => i.id));
  const out = new Map<string, Finding>();
  const add = (f: Finding) => {
    const key = `${f.code}${f.path.join('/')}`;
    if (!out.has(key)) out.set(key, f);
  };
  for (const run of runs.filter((r) => r.kind !== 'focused')) {
    const fired = Object.entries(run.state.fired)
      .filter(([id]) => probeIds.has(id))
      .map(([id, t]) => ({ id, t, i: index.get(id) ?? 0 }))
      .sort((a, b) => a.t - b.t || a.i - b.i);
    fired.forEach((p, k) => {
      const dynamic = !known.has(p.id);
      if (dynamic && p.t < PROBE_GAP_MS) {
        add(
          warning(
            'probe-early',
            ['injects', p.i],
            t('scenario:playability.probeEarly', { run: run.name, at: formatOffset(p.t) }),
          ),
        );
      }
      const prev = fired[k - 1];
      if (prev && (dynamic || !known.has(prev.id)) && p.t - prev.t < PROBE_GAP_MS) {
        add(
          warning(
            'probe-close',
            ['injects', p.i],
            t('scenario:playability.probeClose', {
              run: run.name,
              at: formatOffset(p.t),
              gap: formatOffset(p.t - prev.t),
              index: String(prev.i),
            }),
          ),
        );
      }
    });
  }
  return [...out.values()];
}
