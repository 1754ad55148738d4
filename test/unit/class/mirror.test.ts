/** A seat's mirror follows the server's copy of its run exactly: the same engine moved by the same clock and actions. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Action } from '../../../src/engine/types';
import { setLanguage } from '../../../src/i18n';
import type { WelcomeMessage } from '../../../src/protocol';
import { parseScenario } from '../../../src/scenario';
import { scoreRun } from '../../../src/scoring';
import { SeatRun } from '../../../src/server/seat';
import { finishSeat, mirrorAccepted, mirrorClock, mirrorWelcome } from '../../../src/store/classroom/mirror';
import { initialSession, session } from '../../../src/store/session';
import { GOOD_D1_REPORT, LAB, labScenario } from '../scoring/lab';

const TEXT = JSON.stringify(LAB);
const scenario = labScenario();

/** What the seat does, by class time (ms): the server applies each at the seat's own time. */
const PLAN: [classMs: number, action: Action][] = [
  [10_000, { type: 'mark', contact: 'd1' }],
  [20_000, { type: 'report', contact: 'd1', channel: 'primary', report: { ...GOOD_D1_REPORT } } as Action],
  [25_000, { type: 'posture', posture: 'alert' }],
  [480_000, { type: 'answer', probe: 'p1', choice: 1 }],
  [560_000, { type: 'answer', probe: 'p2', choice: 4 }],
];

function welcome(run: SeatRun): WelcomeMessage {
  return {
    seatId: 's1',
    seatToken: 't',
    name: 'Ann',
    code: 'K7QX2M',
    scenarioText: TEXT,
    seed: run.seed,
    actions: [...run.actions],
    seatMs: run.ms,
    phase: 'running',
  };
}

/**
 * Runs the class to `endMs` in 250 ms server ticks; the mirror joins (welcome) at `joinMs` and, from then on,
 * gets every clock and accepted message; `duplicate` sends each accepted message twice.
 */
function play(joinMs: number, endMs: number, duplicate = false): SeatRun {
  const run = new SeatRun(scenario, scenario.seed);
  let joined = false;
  for (let classMs = 0; classMs <= endMs; classMs += 250) {
    if (!joined && classMs >= joinMs) {
      expect(mirrorWelcome(welcome(run))).toBeNull();
      joined = true;
    }
    for (const [at, action] of PLAN) {
      if (at !== classMs) continue;
      const r = run.act(action);
      if (!r.ok) throw new Error(r.rejection.message);
      if (joined) {
        expect(mirrorAccepted({ n: r.n, action: r.recorded })).toBe(true);
        if (duplicate) expect(mirrorAccepted({ n: r.n, action: r.recorded })).toBe(true);
      }
    }
    run.follow(classMs + 250, 250);
    if (joined) mirrorClock({ seatMs: run.ms, phase: 'running' });
  }
  return run;
}

beforeEach(() => session.setState(initialSession(), true));
afterEach(async () => {
  await setLanguage('en');
});

describe('the mirror equals the server’s copy of the run', () => {
  const cases: [name: string, joinMs: number, endMs: number, duplicate: boolean, frozen: string | null][] = [
    ['joined at the start, to the end', 0, 600_000, false, null],
    ['joined mid-run (a reload), to the end', 300_000, 600_000, false, null],
    ['frozen at a probe it has not answered yet', 0, 550_000, false, 'p2'],
    ['an accepted message sent twice is applied once', 0, 600_000, true, null],
  ];
  test.each(cases)('%s', (_name, joinMs, endMs, duplicate, frozen) => {
    const run = play(joinMs, endMs, duplicate);
    const { engine, record } = session.getState();
    expect(engine?.frozenProbe).toBe(frozen);
    expect(engine?.t).toBe(run.state.t);
    expect(engine?.frozenProbe).toBe(run.state.frozenProbe);
    expect(engine?.log).toEqual(run.state.log);
    expect(record?.actions.map((a) => a.type)).toEqual(run.actions.map((a) => a.type));
  });
});

test('an accepted action ahead of the mirror (a message lost) is refused, so the seat rejoins', () => {
  const run = new SeatRun(scenario, scenario.seed);
  mirrorWelcome(welcome(run));
  run.act({ type: 'posture', posture: 'alert' });
  const r = run.act({ type: 'posture', posture: 'cover' });
  if (!r.ok) throw new Error('refused');
  expect(mirrorAccepted({ n: r.n, action: r.recorded })).toBe(false);
});

test('the seat’s own debrief scores its run as recorded, as the server and simulate do', () => {
  const run = play(0, 600_000);
  finishSeat();
  const { scoreCard, screen } = session.getState();
  expect(screen).toBe('debrief');
  expect(scoreCard).toEqual(scoreRun(scenario, { seed: run.seed, actions: run.actions }).card);
});

test('the seat shows the class’s scenario in its own language, and its run is the same in either', async () => {
  const text = readFileSync('assets/scenarios/first-watch.json', 'utf8');
  const parsed = parseScenario(text);
  if (!parsed.ok) throw new Error('first-watch does not parse');
  const run = new SeatRun(parsed.value, parsed.value.seed);
  run.act({ type: 'posture', posture: 'alert' });
  run.follow(30_000, 250);
  const join = { ...welcome(run), scenarioText: text };
  await setLanguage('es');
  expect(mirrorWelcome(join)).toBeNull();
  const spanish = session.getState();
  expect(spanish.current?.scenario.title).toBe('Primera guardia');
  await setLanguage('en');
  expect(session.getState().current?.scenario.title).toBe('First watch');
  expect(spanish.engine?.log).toEqual(run.state.log);
});
