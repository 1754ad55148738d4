import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import xapiValidation from 'xapi-validation';
import { buildStatements, registrationOf, VERBS } from '../../../src/scoring/xapi';
import { isoDuration, isoUtc, SKYWATCH_NAMESPACE, uuidFrom } from '../../../src/scoring/xapi/ids';
import { golden } from '../aar/golden';

type Validate = (data: unknown) => unknown[];
const validate: Validate =
  (xapiValidation as unknown as { default?: Validate }).default ?? (xapiValidation as unknown as Validate);

const STARTED = Date.UTC(2026, 10, 24, 21, 0, 0);
const actor = {
  objectType: 'Agent' as const,
  name: 'Trainee',
  account: { homePage: 'urn:skywatch', name: 'trainee-1' },
};

function statementsFor(scenarioId: string, file: string) {
  const g = golden(scenarioId, file);
  const run = {
    scenario: g.scenario,
    scenarioHash: 'abc123',
    card: g.card,
    state: g.state,
    actionsJson: JSON.stringify(g.run.actions),
    actor,
    startedMs: STARTED,
    finishedMs: STARTED + g.card.endedMs,
  };
  return { run, g, statements: buildStatements(run) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe.each([
  ['river-dusk', 'river-dusk.mistakes.json', 'failed'],
  ['full-shift', 'full-shift.perfect.json', 'passed'],
  ['first-watch', 'first-watch.trainee.json', 'passed'],
] as const)('%s (%s)', (scenarioId, file, outcome) => {
  const { run, g, statements } = statementsFor(scenarioId, file);

  test('cmi5 order: initialized, answered per probe, passed or failed, completed, terminated', () => {
    const answered = g.state.log.filter((e) => e.type === 'probe-answered').length;
    expect(statements.map((s) => s.verb.display?.['en-US'])).toEqual([
      'initialized',
      ...Array(answered).fill('answered'),
      outcome,
      'completed',
      'terminated',
    ]);
  });

  test('every statement passes the xapi-validation conformance checks', () => {
    for (const s of statements) expect(validate(s)).toEqual([]);
  });

  test('required fields, ADL verb ids, UUIDs, UTC timestamps in order, one registration', () => {
    const registration = registrationOf(run);
    expect(registration).toMatch(UUID);
    for (const s of statements) {
      expect(s.id).toMatch(UUID);
      expect(s.actor).toEqual(actor);
      expect(VERBS.map((v) => `http://adlnet.gov/expapi/verbs/${v}`)).toContain(s.verb.id);
      expect(s.object).toBeDefined();
      expect(s.timestamp).toMatch(ISO_UTC);
      expect(s.context?.registration).toBe(registration);
    }
    const times = statements.map((s) => Date.parse(String(s.timestamp)));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(statements[0].timestamp).toBe(new Date(STARTED).toISOString());
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  test('the score is scaled 0–1 against the pass mark, with durations in ISO 8601', () => {
    const graded = statements.find((s) => s.verb.id.endsWith(outcome));
    expect(graded?.result?.score?.raw).toBe(Math.round(g.card.overall));
    expect(graded?.result?.score?.scaled).toBe(Math.round(g.card.overall) / 100);
    expect(graded?.result?.score?.scaled).toBeGreaterThanOrEqual(0);
    expect(graded?.result?.score?.scaled).toBeLessThanOrEqual(1);
    expect(graded?.result?.success).toBe(g.card.passed);
    expect(graded?.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(
      g.card.passMark / 100,
    );
    for (const s of statements.slice(-3)) expect(s.result?.duration).toBe(isoDuration(g.card.endedMs));
    expect(statements.at(-2)?.result?.completion).toBe(true);
  });

  test('the same run gives the same statements', () => {
    expect(statementsFor(scenarioId, file).statements).toEqual(statements);
  });
});

test('answered statements carry the choice, the correct pattern and success', () => {
  const { statements } = statementsFor('river-dusk', 'river-dusk.mistakes.json');
  const answered = statements.filter((s) => s.verb.id.endsWith('answered'));
  expect(answered.map((s) => [s.result?.response, s.result?.success])).toEqual([
    ['choice-0', false],
    ['choice-2', true],
  ]);
  expect(answered[0].object).toMatchObject({
    id: 'urn:skywatch:scenario:river-dusk:probe:count-probe',
    definition: { interactionType: 'choice', correctResponsesPattern: ['choice-2'] },
  });
});

test('a different finish time is a different registration', () => {
  const { run } = statementsFor('first-watch', 'first-watch.trainee.json');
  expect(registrationOf({ ...run, finishedMs: run.finishedMs + 1 })).not.toBe(registrationOf(run));
});

test('isoUtc matches Date for many moments; isoDuration formats', () => {
  for (const ms of [0, 951_782_400_000, 1_709_164_800_123, STARTED, 4_102_444_799_999, -86_400_001]) {
    expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
  }
  expect(isoDuration(0)).toBe('PT0S');
  expect(isoDuration(450_000)).toBe('PT7M30S');
  expect(isoDuration(3_600_000)).toBe('PT1H');
  expect(isoDuration(1_234)).toBe('PT1.23S');
  expect(uuidFrom('x')).toBe(uuidFrom('x'));
  expect(uuidFrom('x')).not.toBe(uuidFrom('y'));
});

/** RFC 4122 version 5 by hand with node:crypto: SHA-1 of namespace bytes + name, version and variant bits set. */
function v5ByHand(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

test('statement ids are RFC 4122 version 5 UUIDs in the Skywatch namespace (itself v5 of urn:skywatch:xapi)', () => {
  const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
  expect(SKYWATCH_NAMESPACE).toBe(v5ByHand('urn:skywatch:xapi', URL_NAMESPACE));
  expect(uuidFrom('registration|x')).toBe(v5ByHand('registration|x', SKYWATCH_NAMESPACE));
  const { statements } = statementsFor('first-watch', 'first-watch.trainee.json');
  for (const s of statements)
    expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('scores are rounded: raw a whole number, scaled and the mastery score to two decimals', () => {
  const { run } = statementsFor('first-watch', 'first-watch.trainee.json');
  const card = { ...run.card, overall: 80.99999999, passMark: 70.0000001 };
  const graded = buildStatements({ ...run, card }).at(-3);
  expect(graded?.result?.score).toEqual({ scaled: 0.81, raw: 81, min: 0, max: 100 });
  expect(Object.values(graded?.context?.extensions ?? {})).toContain(0.7);
});

test('the validator does catch a broken statement (score out of range, bad id)', () => {
  const { statements } = statementsFor('first-watch', 'first-watch.trainee.json');
  const graded = statements.at(-3);
  const broken = { ...graded, id: 'not-a-uuid', result: { score: { scaled: 1.5 } } };
  expect(validate(broken).length).toBeGreaterThanOrEqual(2);
});

test('answered statements use the real wall-clock answer times when the run kept them, clamped into the run', () => {
  const { run } = statementsFor('river-dusk', 'river-dusk.mistakes.json');
  const finishedMs = run.startedMs + 45 * 60_000;
  const answeredMs = { 'count-probe': run.startedMs + 20 * 60_000, 'heading-probe': run.startedMs + 50 * 60_000 };
  const statements = buildStatements({ ...run, finishedMs, answeredMs });
  const answered = statements.filter((s) => s.verb.id.endsWith('answered'));
  expect(answered.map((s) => s.timestamp)).toEqual([
    new Date(answeredMs['count-probe']).toISOString(),
    new Date(finishedMs).toISOString(),
  ]);
  expect(statements.at(-1)?.result?.duration).toBe('PT45M');
  const old = buildStatements({ ...run, finishedMs });
  const probeT = run.state.log.find((e) => e.type === 'probe-answered')?.t ?? 0;
  const expected = run.startedMs + (probeT / run.card.endedMs) * (finishedMs - run.startedMs);
  expect(Date.parse(String(old.find((s) => s.verb.id.endsWith('answered'))?.timestamp))).toBeCloseTo(expected, -1);
});
