/** normalize: defaults, selectors, triggers, times, cells. */
import { describe, expect, it } from 'vitest';
import { normalize, parseScenario } from '../../../src/scenario/index';
import type { Inject, Scenario } from '../../../src/scenario/model';
import { fixture, fixtureText, text } from './helpers';

function scenarioOf(source: string): Scenario {
  const r = parseScenario(source);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const rich = () => scenarioOf(fixtureText('rich.jsonc'));
const injectOf = (s: Scenario, id: string): Inject => {
  const found = s.injects.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('normalize: defaults', () => {
  const s = scenarioOf(fixtureText('minimal.json'));

  it('fills scenario-wide defaults', () => {
    expect(s).toMatchObject({
      summary: '',
      difficulty: 'basic',
      seed: 1,
      startClockMin: 12 * 60,
      conditions: { light: 'day', visibility: 'clear', wind: 'calm' },
      passMark: 70,
      team: [],
      sectors: [],
      contacts: [],
      injects: [],
    });
  });

  it('fills briefing defaults', () => {
    expect(s.briefing).toEqual({
      situation: '',
      mission: '',
      authorizedFlights: [],
      reporting: { primary: '', alternate: '', format: '' },
      notes: [],
      instructorNotes: '',
    });
  });

  it('gives objectives weight 1 and converts the map', () => {
    expect(s.objectives[0]).toEqual({
      id: 'o1',
      capability: 'discipline',
      text: 'No false reports',
      brief: 'No false reports',
      weight: 1,
      rule: { type: 'falseReports', max: 0 },
    });
    expect(s.map.cols).toBe(4);
    expect(s.map.rows).toBe(3);
    expect(s.map.terrain[1]).toEqual(['.', '.', '.', '.']);
    expect(s.map.perimeter.flat().every((x) => x === false)).toBe(true);
    expect(s.post).toEqual({ cell: { c: 1, r: 1 }, name: 'Post', observeRange: 3 });
    expect(s.durationMs).toBe(600_000);
  });

  it('fills air and ground cue defaults', () => {
    const r = rich();
    const bird = r.contacts.find((c) => c.id === 'c1');
    expect(bird?.cues).toEqual({
      type: 'bird',
      size: 'medium',
      count: 1,
      sound: 'none',
      lights: 'none',
      lightColor: '',
      markings: '',
      carrying: false,
      altitude: 'low',
    });
    const walker = r.contacts.find((c) => c.id === 'g2');
    expect(walker?.cues).toEqual({ kind: 'person', markings: '', behavior: '' });
    expect(walker).toMatchObject({ domain: 'ground', operator: null, linger: false, start: null, label: '' });
  });

  it('uses the default air cues when a contact has none', () => {
    const f = fixture('minimal.json');
    f.contacts = [{ id: 'x', domain: 'air', truth: 'hobbyist', path: [{ at: 0, cell: 'A1' }] }];
    const c = scenarioOf(text(f)).contacts[0];
    expect(c.cues).toMatchObject({ type: 'multirotor', size: 'small', count: 1, altitude: 'low', carrying: false });
    expect(c.path[0].activity).toBe('transiting');
  });

  it('fills message, end, probe and rule defaults', () => {
    const r = rich();
    expect(injectOf(r, 'r1')).toMatchObject({ type: 'message', channel: 'radio', requiresAck: false });
    expect(injectOf(r, 'end1')).toMatchObject({ type: 'end', text: 'End of exercise.' });
    expect(injectOf(r, 'end2')).toMatchObject({ type: 'end', text: '', trigger: null, optional: true });
    expect(injectOf(r, 'p1')).toMatchObject({ answer: null, compute: { countInRange: 'air' }, level: 1 });
    expect(injectOf(r, 'p2')).toMatchObject({ answer: 1, compute: null, level: 2 });
    expect(injectOf(r, 'r1')).toMatchObject({ expected: '', objectives: [], controllerNotes: '', optional: false });
    const rules = Object.fromEntries(r.objectives.map((o) => [o.id, o.rule]));
    expect(rules['o-ground']).toEqual({ type: 'detect', contacts: ['g1', 'g2'], withinMs: 60_000 });
    expect(rules['o-probes']).toEqual({ type: 'probes', minCorrect: 0.6, level: null });
    expect(rules['o-probes-l3']).toEqual({ type: 'probes', minCorrect: 0.5, level: 3 });
  });

  it('fills rule windows left out', () => {
    const f = fixture('rich.jsonc');
    const rules = f.objectives.map((o: { rule: Record<string, unknown> }) => o.rule);
    for (const rule of rules) delete rule.withinSec;
    delete rules[2].minAccuracy;
    const s2 = scenarioOf(text(f));
    const byType = (t: string) => s2.objectives.filter((o) => o.rule.type === t).map((o) => o.rule);
    expect(byType('detect')[0]).toMatchObject({ withinMs: 60_000 });
    expect(byType('report')[0]).toMatchObject({ withinMs: 120_000, minAccuracy: 0.7 });
    expect(byType('acknowledge')[0]).toMatchObject({ withinMs: 60_000 });
    expect(byType('alternateChannel')[0]).toMatchObject({ withinMs: 120_000 });
    expect(byType('emissions')).toEqual([
      { type: 'emissions', state: 'off', byMs: 120_000, afterInject: null, withinMs: 60_000 },
      { type: 'emissions', state: 'off', byMs: null, afterInject: 'm1', withinMs: 60_000 },
    ]);
  });
});

describe('normalize: the rich scenario', () => {
  const s = rich();

  it('keeps top-level values and converts the clock', () => {
    expect(s).toMatchObject({
      id: 'rich-everything',
      difficulty: 'intermediate',
      seed: 7,
      startClockMin: 5 * 60 + 40,
      durationMs: 20 * 60_000,
      passMark: 75,
      conditions: { light: 'night', visibility: 'clear', wind: 'calm' },
    });
  });

  it('converts times to integer ms, including fractions of a second', () => {
    const byId = Object.fromEntries(s.contacts.map((c) => [c.id, c]));
    expect(byId.c1.path.map((w) => w.atMs)).toEqual([30_000, 120_000]);
    expect(byId.c3.path.map((w) => w.atMs)).toEqual([300_000, 390_500]);
    expect(byId.c4.path.map((w) => w.atMs)).toEqual([0, 90_250]);
  });

  it('carries activity forward from waypoint to waypoint', () => {
    const c2 = s.contacts.find((c) => c.id === 'c2');
    expect(c2?.path.map((w) => w.activity)).toEqual(['transiting', 'loitering', 'departing', 'departing']);
    const c1 = s.contacts.find((c) => c.id === 'c1');
    expect(c1?.path.map((w) => w.activity)).toEqual(['transiting', 'transiting']);
  });

  it('converts cells and keeps contact links', () => {
    const c2 = s.contacts.find((c) => c.id === 'c2');
    expect(c2?.path[1].cell).toEqual({ c: 4, r: 4 });
    expect(c2).toMatchObject({ domain: 'air', operator: 'g1', label: 'Loitering quad' });
    expect(s.contacts.find((c) => c.id === 'c4')).toMatchObject({ start: 'launch', linger: true });
    expect(s.team).toEqual([{ id: 't1', name: 'Patrol 2', cell: { c: 7, r: 5 } }]);
  });

  it('turns the perimeter into a boolean grid', () => {
    const inside = s.map.perimeter.flatMap((row, r) => row.flatMap((v, c) => (v ? [`${c},${r}`] : [])));
    expect(inside).toHaveLength(16);
    expect(s.map.perimeter[4][4]).toBe(true);
    expect(s.map.perimeter[7][7]).toBe(true);
    expect(s.map.perimeter[3][4]).toBe(false);
    expect(s.map.perimeter[4][8]).toBe(false);
  });

  it('expands sector cells without repeats', () => {
    const sectors = Object.fromEntries(s.sectors.map((x) => [x.id, x.cells]));
    expect(sectors.north).toHaveLength(36);
    expect(sectors.east).toHaveLength(20);
    expect(sectors.south).toHaveLength(25);
    expect(sectors.south).toContainEqual({ c: 4, r: 4 });
  });

  it('resolves contact selectors to ids', () => {
    const rules = Object.fromEntries(s.objectives.map((o) => [o.id, o.rule]));
    expect(rules['o-detect']).toEqual({ type: 'detect', contacts: ['c1', 'c2', 'c3', 'c4', 'c5'], withinMs: 90_000 });
    expect(rules['o-all']).toEqual({ type: 'classify', contacts: ['c1', 'c2', 'c3', 'c4', 'c5', 'g1', 'g2'] });
    expect(rules['o-classify']).toEqual({ type: 'classify', contacts: ['c1', 'c2', 'c3'] });
    expect(rules['o-report']).toEqual({ type: 'report', contacts: ['c2'], withinMs: 120_000, minAccuracy: 0.8 });
  });

  it('normalizes every kind of trigger', () => {
    expect(injectOf(s, 'm1').trigger).toEqual({ kind: 'at', atMs: 60_000 });
    expect(injectOf(s, 'comms1').trigger).toEqual({ kind: 'contactWithin', contact: 'c2', cells: 3 });
    expect(injectOf(s, 'd1').trigger).toEqual({ kind: 'detected', contact: 'c2' });
    expect(injectOf(s, 'r1').trigger).toEqual({ kind: 'reported', contact: 'c2' });
    expect(injectOf(s, 'p2').trigger).toEqual({ kind: 'after', inject: 'm1', delayMs: 360_000 });
    expect(injectOf(s, 'after-r1').trigger).toEqual({ kind: 'after', inject: 'r1', delayMs: 0 });
    expect(injectOf(s, 'nd-report').trigger).toEqual({
      kind: 'notDone',
      action: 'report',
      contact: 'c2',
      inject: null,
      posture: null,
      byMs: 540_000,
    });
    expect(injectOf(s, 'nd-ack').trigger).toMatchObject({ action: 'ack', inject: 'm1', contact: null });
    expect(injectOf(s, 'nd-posture').trigger).toMatchObject({ action: 'posture', posture: 'cover' });
    expect(injectOf(s, 'opt1')).toMatchObject({ optional: true, trigger: null });
    expect(injectOf(s, 'opt2')).toMatchObject({ optional: true, trigger: { kind: 'at', atMs: 720_000 } });
  });

  it('keeps every inject type with its fields', () => {
    expect(injectOf(s, 'm1')).toMatchObject({
      type: 'message',
      from: 'Command',
      channel: 'radio',
      requiresAck: true,
      objectives: ['o-ack'],
      expected: 'Acknowledge within a minute.',
    });
    expect(injectOf(s, 'cond1')).toMatchObject({
      type: 'conditions',
      conditions: { light: 'dusk', visibility: 'haze', wind: 'breezy' },
    });
    expect(injectOf(s, 'comms3')).toMatchObject({ type: 'comms', channel: 'alternate', status: 'degraded' });
    expect(injectOf(s, 'd1')).toMatchObject({ type: 'discussion' });
    expect(injectOf(s, 'p5')).toMatchObject({ type: 'probe', compute: { nearest: 'all' }, trigger: null });
  });

  it('keeps the briefing', () => {
    expect(s.briefing.authorizedFlights).toEqual([
      {
        callsign: 'SURVEY-1',
        sector: 'east',
        from: '05:45',
        to: '06:10',
        description: 'white fixed-wing survey aircraft, steady green light',
      },
      { callsign: 'MEDEVAC', sector: null, from: null, to: null, description: '' },
    ]);
    expect(s.briefing.reporting.format).toBe('SALUTE');
  });

  it('is plain data that survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('is what normalize gives for the validated file', () => {
    const f = fixture('rich.jsonc');
    delete f.$schema;
    expect(normalize(f)).toEqual(s);
  });
});
