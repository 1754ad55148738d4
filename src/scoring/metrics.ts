/** Run metrics for the debrief: latencies, field accuracy, confusion matrix, false reports, probes by level. */

import { setOwn } from '../scenario/own';
import { deliveredReportsOn } from './facts';
import type { RuleContext } from './rules';
import { isFalseReport } from './rules/false-reports';
import { accuracyOf } from './rules/report';
import type { Metrics } from './types';

/** Computes the metrics of a run. */
export function computeMetrics(ctx: RuleContext): Metrics {
  const { scenario, facts } = ctx;
  const m: Metrics = {
    detectionLatencyMs: {},
    reportLatencyMs: {},
    fieldAccuracy: {},
    confusion: {},
    falseReports: facts.filed.filter((r) => isFalseReport(ctx, r)).length,
    probesByLevel: {},
    missedContacts: [],
  };
  for (const c of scenario.contacts) {
    const seen = facts.observableAt.get(c.id);
    const mark = facts.markedAt.get(c.id);
    if (seen === undefined && !mark) continue;
    setOwn(m.detectionLatencyMs, c.id, mark ? Math.max(0, mark.t - (seen ?? mark.t)) : null);
    if (!mark && c.domain === 'air') m.missedContacts.push(c.id);
    const first = deliveredReportsOn(facts, c.id)[0];
    setOwn(m.reportLatencyMs, c.id, first && mark ? (first.deliveredMs ?? first.t) - mark.t : null);
    const track = (facts.tracksOf.get(c.id) ?? []).at(-1);
    const given = (track && facts.classification.get(track)) || 'unclassified';
    const row = m.confusion[c.truth] ?? {};
    row[given] = (row[given] ?? 0) + 1;
    m.confusion[c.truth] = row;
  }
  for (const r of facts.filed) {
    if (r.deliveredMs === null) continue;
    const acc = accuracyOf(r);
    if (!acc) continue;
    for (const f of acc.fields) {
      const cell = m.fieldAccuracy[f.field] ?? { mean: 0, n: 0 };
      cell.mean = (cell.mean * cell.n + f.credit) / (cell.n + 1);
      cell.n += 1;
      m.fieldAccuracy[f.field] = cell;
    }
  }
  for (const p of facts.probes) {
    if (p.correct === null) continue;
    const inj = scenario.injects.find((i) => i.id === p.probe);
    if (inj?.type !== 'probe') continue;
    const cell = m.probesByLevel[String(inj.level)] ?? { correct: 0, total: 0 };
    cell.total += 1;
    if (p.answer?.correct) cell.correct += 1;
    m.probesByLevel[String(inj.level)] = cell;
  }
  return m;
}
