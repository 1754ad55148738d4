import { describe, expect, test } from 'vitest';
import type { EngineEvent } from '../../../src/engine/types';
import { POLICIES, runPolicy, score } from '../../../src/scoring';
import { CLASSIFY_MS, NOTICE_MS, READ_MS, REPORT_MS } from '../../../src/scoring/policies/observer/reaction';
import { builtIn } from './builtins';

const logOf = (id: string) => runPolicy(builtIn(id), POLICIES.observer).state.log;
const of = <T extends EngineEvent['type']>(log: readonly EngineEvent[], type: T) =>
  log.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);

describe('the observer acts with human reaction times', { timeout: 60_000 }, () => {
  const log = logOf('full-shift');

  test('it marks a contact no sooner than NOTICE_MS after it was first perceived', () => {
    const firstPerceived = new Map<string, number>();
    for (const e of log) {
      if ((e.type === 'contact-indicated' || e.type === 'contact-observable') && !firstPerceived.has(e.contact)) {
        firstPerceived.set(e.contact, e.t);
      }
    }
    const created = of(log, 'track-created');
    expect(created.length).toBeGreaterThan(4);
    for (const e of created)
      expect(e.t - (firstPerceived.get(e.contact ?? '') ?? e.t)).toBeGreaterThanOrEqual(NOTICE_MS);
  });

  test('it classifies no sooner than CLASSIFY_MS after marking, and reports no sooner than REPORT_MS after classifying', () => {
    const marked = new Map(of(log, 'track-created').map((e) => [e.track, e.t]));
    const classified = of(log, 'track-classified');
    for (const e of classified) expect(e.t - (marked.get(e.track) ?? 0)).toBeGreaterThanOrEqual(CLASSIFY_MS);
    for (const r of of(log, 'report-filed')) {
      const last = classified.filter((c) => c.track === r.track && c.t <= r.t).at(-1);
      expect(last).toBeDefined();
      expect(r.t - (last?.t ?? 0)).toBeGreaterThanOrEqual(REPORT_MS);
    }
  });

  test('it acknowledges a message no sooner than READ_MS after it came', () => {
    const fired = new Map(of(log, 'inject-fired').map((e) => [e.inject, e.t]));
    const acks = of(log, 'message-acked');
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) expect(a.t - (fired.get(a.inject) ?? 0)).toBeGreaterThanOrEqual(READ_MS);
  });

  test('it never classifies a bird or booked flight as a drone, so it files no false report', () => {
    const scenario = builtIn('full-shift');
    const harmless = new Set(
      scenario.contacts.filter((c) => c.truth === 'bird' || c.truth === 'authorized').map((c) => c.id),
    );
    expect(of(log, 'report-filed').filter((r) => r.contact === null || harmless.has(r.contact))).toEqual([]);
  });
});

describe('the observer follows orders and the comms panel', { timeout: 60_000 }, () => {
  test('it switches emissions off after the order, and never on again when others ask', () => {
    const log = logOf('devices-off');
    const order = of(log, 'inject-fired').find((e) => e.inject === 'quiet-order');
    const changes = of(log, 'emissions-changed');
    expect(changes.map((c) => c.state)).toEqual(['off']);
    expect(changes[0].t - (order?.t ?? 0)).toBeGreaterThanOrEqual(READ_MS);
  });

  test('it never touches emissions when no message orders it', () => {
    expect(of(logOf('first-watch'), 'emissions-changed')).toEqual([]);
  });

  test('once the primary is down it reports on the alternate, and never on the dead primary', () => {
    const log = logOf('primary-down');
    const down = of(log, 'comms-changed').find((e) => e.channel === 'primary' && e.status === 'down')?.t ?? 0;
    const up = of(log, 'comms-changed').find((e) => e.channel === 'primary' && e.status === 'up' && e.t > down)?.t;
    const during = of(log, 'report-filed').filter((r) => r.t >= down && (up === undefined || r.t < up));
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((r) => r.channel === 'alternate')).toBe(true);
    expect(of(log, 'report-not-delivered')).toEqual([]);
  });

  test('it sends an update with the operator’s cell once it has found the operator', () => {
    const log = logOf('find-the-operator');
    const reports = of(log, 'report-filed').filter((r) => r.contact === 'drone');
    expect(reports.length).toBeGreaterThanOrEqual(2);
    const withOperator = reports.find((r) => r.report.operatorLocation && r.report.operatorLocation !== 'unknown');
    expect(withOperator).toBeDefined();
    expect(reports[0].report.operatorLocation).toBeUndefined();
    expect(withOperator?.report.operatorLocation).toBe(withOperator?.observed?.operatorLocation);
  });

  test('it puts the team on alert, then in cover before the carrying drone comes within 2 cells', () => {
    const scenario = builtIn('something-approaching');
    const r = runPolicy(scenario, POLICIES.observer);
    expect(of(r.state.log, 'posture-changed').map((p) => p.posture)).toEqual(['alert', 'cover']);
    const card = score(scenario, r.state, r.stoppedAtProbe);
    expect(card.objectives.filter((o) => o.id === 'alert' || o.id === 'cover').map((o) => o.score)).toEqual([100, 100]);
  });

  test('a second run starts with an empty memory: the same actions', () => {
    const scenario = builtIn('first-watch');
    expect(runPolicy(scenario, POLICIES.observer).run).toEqual(runPolicy(scenario, POLICIES.observer).run);
  });
});
