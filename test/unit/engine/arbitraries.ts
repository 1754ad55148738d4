/** fast-check arbitraries: small random scenarios and random action lists that name their real ids. */
import fc from 'fast-check';
import type { Action } from '../../../src/engine/types';
import type { Contact, Inject, Scenario, Trigger } from '../../../src/scenario/model';
import type { ActionFile } from '../../../src/scenario/schema';
import {
  ACTIVITIES,
  ALTITUDES,
  ASSESSMENTS,
  LIGHT_MODES,
  LIGHTS,
  NOT_DONE_ACTIONS,
  POSTURES,
  SIZES,
  SOUNDS,
  TERRAIN_CODES,
  VISIBILITIES,
  WINDS,
} from '../../../src/scenario/vocab';
import { air, ground, inject, mapOf, rangeCells, scenario } from './fixtures';

const COLS = 10;
const ROWS = 6;
const cellRef = fc
  .record({ c: fc.nat(COLS - 1), r: fc.nat(ROWS - 1) })
  .map(({ c, r }) => `${String.fromCharCode(65 + c)}${r + 1}`);
const terrainRow = fc
  .array(fc.constantFrom(...TERRAIN_CODES, '.', '.', '.', '.'), { minLength: COLS, maxLength: COLS })
  .map((a) => a.join(''));

const waypoints = fc
  .tuple(fc.nat(60), fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), cellRef), { minLength: 1, maxLength: 4 }))
  .map(([start, steps]) => {
    let t = start;
    return steps.map(([dt, ref], i): [number, string, (typeof ACTIVITIES)[number]] => {
      if (i > 0) t += dt;
      return [t, ref, ACTIVITIES[(t + i) % ACTIVITIES.length]];
    });
  });

function contactArb(i: number, injectIds: string[]): fc.Arbitrary<Contact> {
  const id = `c${i}`;
  const start = fc.option(fc.constantFrom(...injectIds, 'i0'), { freq: 4 });
  return fc.oneof(
    fc
      .record({
        path: waypoints,
        linger: fc.boolean(),
        start,
        size: fc.constantFrom(...SIZES),
        count: fc.integer({ min: 1, max: 4 }),
        sound: fc.constantFrom(...SOUNDS),
        lights: fc.constantFrom(...LIGHT_MODES),
        altitude: fc.constantFrom(...ALTITUDES),
        carrying: fc.boolean(),
      })
      .map(({ path, linger, start, ...cues }) =>
        air(id, path, { linger, start: start ?? undefined, cues: { ...cues, lightColor: 'red' } }),
      ),
    fc
      .record({ path: waypoints, linger: fc.boolean(), kind: fc.constantFrom('person' as const, 'vehicle' as const) })
      .map(({ path, linger, kind }) => ground(id, path, { linger, cues: { kind } })),
  );
}

function triggerArb(k: number, contactIds: string[]): fc.Arbitrary<Trigger | null> {
  const sec = fc.nat(200).map((s) => s * 1000);
  const contact = fc.constantFrom(...contactIds, 'c0');
  const options: fc.Arbitrary<Trigger | null>[] = [
    sec.map((atMs) => ({ kind: 'at', atMs })),
    fc.constant(null),
    fc
      .record({ action: fc.constantFrom(...NOT_DONE_ACTIONS), byMs: sec, contact: fc.option(contact) })
      .map((x) => ({ kind: 'notDone', inject: 'i0', posture: null, ...x })),
  ];
  if (contactIds.length > 0) {
    options.push(
      fc.record({ contact, cells: fc.nat(5) }).map((x) => ({ kind: 'contactWithin', ...x })),
      contact.map((c) => ({ kind: 'detected', contact: c })),
      contact.map((c) => ({ kind: 'reported', contact: c })),
    );
  }
  if (k > 0) {
    options.push(
      fc.record({ inject: fc.nat(k - 1).map((j) => `i${j}`), delayMs: sec }).map((x) => ({ kind: 'after', ...x })),
    );
  }
  return fc.oneof(...options);
}

function injectArb(k: number, contactIds: string[]): fc.Arbitrary<Inject> {
  const id = `i${k}`;
  const choices = fc.constantFrom(
    ['0', '1', '2+'],
    ['N', 'NE', 'stationary'],
    ['North', 'South', 'none'],
    ['D4', 'T1'],
  );
  const compute = fc.oneof(
    fc.constantFrom('air' as const, 'ground' as const, 'all' as const).map((x) => ({ countInRange: x })),
    fc.constantFrom('air' as const, 'all' as const).map((x) => ({ nearest: x })),
    ...(contactIds.length > 0
      ? [
          fc.constantFrom(...contactIds).map((c) => ({ sectorOf: c })),
          fc.constantFrom(...contactIds).map((c) => ({ headingOf: c })),
        ]
      : []),
  );
  const body = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .boolean()
        .map((requiresAck) => ({ type: 'message', from: 'HQ', text: 't', channel: 'radio', requiresAck })),
    },
    fc
      .record({
        light: fc.constantFrom(...LIGHTS),
        visibility: fc.constantFrom(...VISIBILITIES),
        wind: fc.constantFrom(...WINDS),
      })
      .map((conditions) => ({ type: 'conditions', conditions })),
    fc
      .record({ channel: fc.constantFrom('primary', 'alternate'), status: fc.constantFrom('up', 'degraded', 'down') })
      .map((x) => ({ type: 'comms', ...x })),
    fc
      .record({ choices, compute: fc.option(compute), answer: fc.option(fc.nat(1)) })
      .map((x) => ({ type: 'probe', question: '?', level: 1, ...x })),
    fc.constant({ type: 'discussion', question: '?' }),
    { weight: 1, arbitrary: fc.constant({ type: 'end', text: 'end' }) },
  );
  return fc.tuple(triggerArb(k, contactIds), body).map(([trigger, b]) => inject(id, trigger, b as never));
}

/** A random small scenario: 10 × 6 map, up to 5 contacts, up to 6 injects, 60–240 s. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({ nContacts: fc.nat(5), nInjects: fc.nat(6) })
  .chain(({ nContacts, nInjects }) => {
    const contactIds = Array.from({ length: nContacts }, (_, i) => `c${i}`);
    const injectIds = Array.from({ length: Math.max(1, nInjects) }, (_, k) => `i${k}`);
    return fc.record({
      rows: fc.array(terrainRow, { minLength: ROWS, maxLength: ROWS }),
      post: cellRef,
      observeRange: fc.integer({ min: 1, max: 8 }),
      light: fc.constantFrom(...LIGHTS),
      visibility: fc.constantFrom(...VISIBILITIES),
      wind: fc.constantFrom(...WINDS),
      durationSec: fc.integer({ min: 60, max: 240 }),
      seed: fc.integer(),
      contacts: fc.tuple(...contactIds.map((_, i) => contactArb(i, injectIds.slice(0, nInjects)))),
      injects: fc.tuple(...Array.from({ length: nInjects }, (_, k) => injectArb(k, contactIds))),
    });
  })
  .map((x) => {
    const injectIds = new Set(x.injects.map((i) => i.id));
    return scenario({
      durationMs: x.durationSec * 1000,
      seed: x.seed,
      conditions: { light: x.light, visibility: x.visibility, wind: x.wind },
      map: mapOf(x.rows, [x.post]),
      post: {
        cell: { c: x.post.charCodeAt(0) - 65, r: Number(x.post.slice(1)) - 1 },
        name: 'P',
        observeRange: x.observeRange,
      },
      sectors: [
        { id: 'north', name: 'North', cells: rangeCells('A1', 'J3') },
        { id: 'south', name: 'South', cells: rangeCells('A4', 'J6') },
      ],
      contacts: x.contacts.map((c) => (c.start !== null && !injectIds.has(c.start) ? { ...c, start: null } : c)),
      injects: x.injects,
    });
  });

/** A random action (without its time) naming ids from `sc`, plus some that do not exist. */
export function actionArb(sc: Scenario): fc.Arbitrary<Action> {
  const contact = fc.constantFrom(...sc.contacts.map((c) => c.id), 'zz');
  const injectId = fc.constantFrom(...sc.injects.map((i) => i.id), 'zz');
  const target = fc.oneof(
    contact.map((c) => ({ contact: c })),
    fc.constantFrom('T1', 'T2', 'T3').map((t) => ({ track: t })),
    cellRef.map((c) => ({ cell: c })),
  );
  return fc.oneof(
    fc.constantFrom('on' as const, 'off' as const).map((state) => ({ type: 'emissions' as const, state })),
    fc.constantFrom(...POSTURES).map((posture) => ({ type: 'posture' as const, posture })),
    fc.constantFrom('north', 'south', 'zz', null).map((sector) => ({ type: 'focus' as const, sector })),
    { weight: 4, arbitrary: contact.map((c) => ({ type: 'mark' as const, contact: c })) },
    { weight: 2, arbitrary: fc.oneof(cellRef, fc.constant('Q99')).map((cell) => ({ type: 'mark' as const, cell })) },
    fc.tuple(target, fc.constantFrom(...ASSESSMENTS)).map(([t, as]) => ({ type: 'classify' as const, as, ...t })),
    {
      weight: 2,
      arbitrary: fc
        .tuple(target, fc.constantFrom('primary' as const, 'alternate' as const))
        .map(([t, channel]) => ({ type: 'report' as const, channel, report: { count: 1 }, ...t })),
    },
    injectId.map((inject) => ({ type: 'ack' as const, inject })),
    {
      weight: 3,
      arbitrary: fc
        .tuple(injectId, fc.integer({ min: -1, max: 3 }))
        .map(([probe, choice]) => ({ type: 'answer' as const, probe, choice })),
    },
    injectId.map((inject) => ({ type: 'discuss' as const, inject, text: 'x' })),
    injectId.map((inject) => ({ type: 'fire' as const, inject })),
  );
}

/** A random action script for `sc`: actions at random times within (and a little past) the run. */
export function scriptArb(sc: Scenario): fc.Arbitrary<ActionFile[]> {
  return fc.array(
    fc
      .tuple(fc.nat(Math.ceil(sc.durationMs / 1000) + 30), actionArb(sc))
      .map(([at, a]) => ({ at, ...a }) as ActionFile),
    { maxLength: 25 },
  );
}
