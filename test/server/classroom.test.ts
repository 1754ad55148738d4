/**
 * A real classroom server on 127.0.0.1 (embedded PGlite in a temp folder), an instructor and three seats
 * through Colyseus's SDK: create, join, start, actions, a probe each seat answers at its own pace,
 * pause/resume, an inject to all, a drop and reconnection, end; scores of record equal replays of the runs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { Client } from '@colyseus/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/engine';
import type {
  AcceptedMessage,
  ClassResults,
  ClockMessage,
  ConsoleMessage,
  ConsoleRowMessage,
  RefusedMessage,
  WelcomeMessage,
} from '../../src/protocol';
import type { ScoreCard } from '../../src/scoring';
import { scoreRun } from '../../src/scoring';
import {
  type Conn,
  createClass,
  join,
  leave,
  post,
  record,
  removeDir,
  type ServerProcess,
  startServer,
  tempDir,
} from './harness';
import { OPTIONAL_INJECT, PROBE, SCENARIO_TEXT, testScenario } from './scenario';

const scenario = testScenario();
let dir: string;
let server: ServerProcess;
let code: string;
let key: string;
let teacher: Conn;
const seats: Conn[] = [];

beforeAll(async () => {
  dir = tempDir('skywatch-class-');
  server = await startServer({ DATA_DIR: joinPath(dir, 'db') });
});

afterAll(async () => {
  for (const c of [teacher, ...seats]) await leave(c);
  await server?.stop();
  removeDir(dir);
});

/** Sends an act and waits for its accepted or refused answer. */
async function act(seat: Conn, action: Record<string, unknown>): Promise<{ type: string; body: unknown }> {
  const from = seat.messages.length;
  seat.room.send('act', { action });
  for (let i = 0; i < 200; i++) {
    const hit = seat.messages.slice(from).find((m) => m.type === 'accepted' || m.type === 'refused');
    if (hit) return hit;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no answer to act in 10 s');
}

const seatMs = (c: Conn) => c.last<ClockMessage>('clock')?.seatMs ?? c.last<WelcomeMessage>('welcome')?.seatMs ?? 0;

describe('a class on one server', () => {
  it('creates a class, and refuses a broken scenario with the CLI problem lines', async () => {
    const bad = await post(`${server.base}/api/classes`, { scenario: '{ "id": "x", }' });
    expect(bad.status).toBe(400);
    expect((bad.body.problems as string[])[0]).toMatch(/^scenario:\d+:\d+ /);
    const created = await createClass(server.base, SCENARIO_TEXT);
    expect(created.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(created.key.length).toBeGreaterThanOrEqual(22);
    ({ code, key } = created);
  });

  it('gives clear messages for unknown codes and refuses a wrong instructor key', async () => {
    const unknown = await post(`${server.base}/api/classes/ZZZZZZ/reservation`, { role: 'seat', name: 'Ana' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBe('No class with code ZZZZZZ — check the code with your instructor.');
    const wrong = await post(`${server.base}/api/classes/${code}/reservation`, { role: 'instructor', key: 'guess' });
    expect(wrong.status).toBe(401);
    const direct = new Client(server.base).joinById(code, { role: 'instructor', key: 'guess' });
    await expect(direct).rejects.toThrow(/wrong instructor key/);
    const results = await fetch(`${server.base}/api/classes/${code}/results`, {
      headers: { authorization: 'Bearer guess' },
    });
    expect(results.status).toBe(401);
  });

  it('lets the instructor watch three seats join by name', async () => {
    teacher = await join(server.base, code, { role: 'instructor', key });
    await teacher.waitFor('classInfo');
    for (const name of ['Ana', 'Ben', 'Cleo']) seats.push(await join(server.base, code, { role: 'seat', name }));
    for (const s of seats) {
      const w = await s.waitFor<WelcomeMessage>('welcome');
      expect(w).toMatchObject({ code, phase: 'lobby', seatMs: 0, actions: [], scenarioText: SCENARIO_TEXT });
      expect(w.seatToken.length).toBeGreaterThanOrEqual(22);
    }
    const c = await teacher.waitFor<ConsoleMessage>('console', (m) => m.seats.length === 3);
    expect(c.seats.map((r) => [r.name, r.connected])).toEqual([
      ['Ana', true],
      ['Ben', true],
      ['Cleo', true],
    ]);
    expect(c.contacts.length).toBe(scenario.contacts.length);
    expect(c.contacts[0].truth).toBeTruthy();
  });

  it('refuses actions before the start, and a seat cannot send instructor commands', async () => {
    const early = await act(seats[0], { type: 'posture', posture: 'alert' });
    expect(early.type).toBe('refused');
    expect((early.body as RefusedMessage).code).toBe('not-running');
    const from = seats[0].messages.length;
    seats[0].room.send('start', {});
    const r = await seats[0].waitFor<RefusedMessage>('refused', () => true, 10_000, from);
    expect(r.code).toBe('not-allowed');
  });

  it('starts everyone; actions come back accepted with the time they were applied at', async () => {
    teacher.room.send('start', {});
    for (const s of seats) await s.waitFor<ClockMessage>('clock', (m) => m.phase === 'running');
    const a = await act(seats[0], { type: 'posture', posture: 'alert' });
    expect(a.type).toBe('accepted');
    const acc = a.body as AcceptedMessage;
    expect(acc.n).toBe(0);
    expect(acc.action).toMatchObject({ type: 'posture', posture: 'alert' });
    expect(typeof acc.action.at).toBe('number');
    const row = await teacher.waitFor<ConsoleRowMessage>('consoleRow', (m) => m.row.seatId === 's1');
    expect(row.row).toMatchObject({ name: 'Ana', posture: 'alert', connected: true });
    const b = await act(seats[1], { type: 'mark', cell: 'C3' });
    expect(b.type).toBe('accepted');
    const twice = await act(seats[0], { type: 'posture', posture: 'alert' });
    expect((twice.body as RefusedMessage).code).toBe('unchanged');
  });

  it('refuses bad messages with a reason and the seat stays connected', async () => {
    for (const bad of [
      { type: 'posture', posture: 'sideways' },
      { type: 'posture', posture: 'cover', at: 1 },
      { type: 'fire', inject: OPTIONAL_INJECT },
      { type: 'launch' },
    ]) {
      const r = await act(seats[2], bad);
      expect(r.type).toBe('refused');
      expect((r.body as RefusedMessage).code).toBe('bad-message');
      expect((r.body as RefusedMessage).message.length).toBeGreaterThan(5);
    }
    const from = seats[2].messages.length;
    seats[2].room.send('act', 'posture');
    expect((await seats[2].waitFor<RefusedMessage>('refused', () => true, 10_000, from)).code).toBe('bad-message');
    const ok = await act(seats[2], { type: 'emissions', state: 'off' });
    expect(ok.type).toBe('accepted');
  });

  it('freezes each seat at its own probe; a slow answer falls behind and catches up at double speed', async () => {
    for (const s of seats) await s.waitFor<ClockMessage>('clock', (m) => m.seatMs === 3000, 30_000);
    expect((await act(seats[0], { type: 'answer', probe: PROBE, choice: 1 })).type).toBe('accepted');
    expect((await act(seats[2], { type: 'answer', probe: PROBE, choice: 0 })).type).toBe('accepted');
    await new Promise((r) => setTimeout(r, 2000));
    expect(seatMs(seats[1])).toBe(3000);
    const answered = await act(seats[1], { type: 'answer', probe: PROBE, choice: 1 });
    expect((answered.body as AcceptedMessage).action.at).toBe(3);
    const behind = seatMs(seats[0]) - seatMs(seats[1]);
    expect(behind).toBeGreaterThanOrEqual(1500);
    const start = Date.now();
    await seats[1].waitFor<ClockMessage>(
      'clock',
      (m) => m.seatMs >= seatMs(seats[0]) - 250,
      30_000,
      seats[1].messages.length,
    );
    const took = Date.now() - start;
    // At 2× a seat gains 1 s per second: catching up `behind` ms takes about that long, not twice it.
    expect(took).toBeLessThan(behind * 1.6 + 1500);
  });

  it('pauses and resumes everyone', async () => {
    teacher.room.send('pause', {});
    for (const s of seats)
      await s.waitFor<ClockMessage>('clock', (m) => m.phase === 'paused', 10_000, s.messages.length - 5);
    const frozen = seats.map(seatMs);
    const refused = await act(seats[0], { type: 'posture', posture: 'cover' });
    expect((refused.body as RefusedMessage).code).toBe('not-running');
    await new Promise((r) => setTimeout(r, 1200));
    expect(seats.map(seatMs)).toEqual(frozen);
    teacher.room.send('resume', {});
    for (const s of seats)
      await s.waitFor<ClockMessage>(
        'clock',
        (m) => m.phase === 'running' && m.seatMs > seatMs(s) - 1,
        10_000,
        s.messages.length,
      );
  });

  it('fires an optional inject at every seat, recorded in each run', async () => {
    const marks = seats.map((s) => s.messages.length);
    teacher.room.send('fire', { inject: OPTIONAL_INJECT });
    for (const [i, s] of seats.entries()) {
      const f = await s.waitFor<AcceptedMessage>('accepted', (m) => m.action.type === 'fire', 10_000, marks[i]);
      expect(f.action).toMatchObject({ type: 'fire', inject: OPTIONAL_INJECT });
    }
    expect((await act(seats[0], { type: 'ack', inject: OPTIONAL_INJECT })).type).toBe('accepted');
    const from = teacher.messages.length;
    teacher.room.send('fire', { inject: 'p1-count' });
    expect((await teacher.waitFor<RefusedMessage>('refused', () => true, 10_000, from)).code).toBe('not-optional');
  });

  it('a seat that drops reconnects with its token and carries on from the record', async () => {
    const cleo = seats[2];
    const token = cleo.room.reconnectionToken;
    const before = cleo.messages.filter((m) => m.type === 'accepted').length;
    cleo.room.connection.close(3001, 'lid closed');
    await teacher.waitFor<ConsoleMessage>(
      'console',
      (m) => m.seats[2]?.connected === false,
      10_000,
      teacher.messages.length,
    );
    const back = new Client(server.base);
    const room = await back.reconnect(token);
    room.reconnection.enabled = false;
    const again = record(room);
    const w = await again.waitFor<WelcomeMessage>('welcome');
    expect(w.seatId).toBe('s3');
    expect(w.actions.length).toBe(before);
    expect((await act(again, { type: 'posture', posture: 'cover' })).type).toBe('accepted');
    seats[2] = again;
    await teacher.waitFor<ConsoleMessage>(
      'console',
      (m) => m.seats[2]?.connected === true,
      10_000,
      teacher.messages.length,
    );
  });

  it('a seat that left rejoins the same seat with its seat token', async () => {
    const ben = seats[1];
    const w0 = ben.last<WelcomeMessage>('welcome');
    const actions = ben.messages.filter((m) => m.type === 'accepted').length;
    await ben.room.leave(true);
    const again = await join(server.base, code, { role: 'seat', name: 'Ben', seatToken: w0?.seatToken });
    const w = await again.waitFor<WelcomeMessage>('welcome');
    expect(w.seatId).toBe(w0?.seatId);
    expect(w.seatToken).toBe(w0?.seatToken);
    expect(w.actions.length).toBe(actions);
    // The mirror: the engine replayed from the welcome equals what the seat was told, action for action.
    const mirror = replay(scenario, { seed: w.seed, actions: w.actions }, undefined, w.seatMs);
    expect(mirror.rejected).toEqual([]);
    expect(mirror.state.t).toBe(w.seatMs);
    seats[1] = again;
  });

  it('ends the class; each seat is scored on its run exactly as simulate scores the downloaded run', async () => {
    const marks = seats.map((s) => s.messages.length);
    teacher.room.send('end', {});
    for (const [i, s] of seats.entries()) await s.waitFor('ended', () => true, 10_000, marks[i]);
    const res = await fetch(`${server.base}/api/classes/${code}/results`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(res.status).toBe(200);
    const results = (await res.json()) as ClassResults<ScoreCard>;
    expect(results.phase).toBe('ended');
    expect(results.seats.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cleo']);
    for (const [i, s] of results.seats.entries()) {
      const accepted = seats[i].messages.filter((m) => m.type === 'accepted').length;
      expect(s.run.actions.length).toBeGreaterThanOrEqual(accepted > 0 ? 2 : 0);
      const local = scoreRun(scenario, s.run);
      expect(local.rejected).toEqual([]);
      expect(s.card.overall).toBe(local.card.overall);
      expect(s.card.objectives.map((o) => o.score)).toEqual(local.card.objectives.map((o) => o.score));
    }
    const file = joinPath(dir, 'scenario.json');
    const runFile = joinPath(dir, 'ana.run.json');
    writeFileSync(file, results.scenarioText);
    writeFileSync(runFile, JSON.stringify(results.seats[0].run));
    const sim = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', file, '--actions', runFile, '--json', '--lang', 'en'],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(sim.status).toBe(0);
    const card = JSON.parse(sim.stdout);
    expect(card.overall).toBe(results.seats[0].card.overall);
    expect(card.rejectedActions).toEqual([]);
  });

  it('never sent a seat anything but its own messages (no console, no ground truth, no other seats)', () => {
    for (const s of seats) {
      const types = new Set(s.messages.map((m) => m.type));
      expect([...types].filter((t) => !['welcome', 'clock', 'accepted', 'refused', 'ended'].includes(t))).toEqual([]);
      for (const m of s.messages.filter((x) => x.type === 'welcome')) {
        expect(Object.keys(m.body as object).sort()).toEqual(
          ['actions', 'code', 'name', 'phase', 'scenarioText', 'seatId', 'seatMs', 'seatToken', 'seed'].sort(),
        );
      }
    }
  });

  it('says an ended class has ended', async () => {
    const r = await post(`${server.base}/api/classes/${code}/reservation`, { role: 'seat', name: 'Late' });
    expect(r.status).toBe(410);
    expect(r.body.error).toBe(`Class ${code} has ended.`);
  });

  it('ends a class by itself once every seat has reached the end of the scenario', async () => {
    const short = readFileSync('assets/scenarios/first-watch.json', 'utf8').replace(
      '"durationSec": "7:00"',
      '"durationSec": 6',
    );
    const created = await createClass(server.base, short);
    const teacher2 = await join(server.base, created.code, { role: 'instructor', key: created.key });
    const pair = [
      await join(server.base, created.code, { role: 'seat', name: 'Dee' }),
      await join(server.base, created.code, { role: 'seat', name: 'Eli' }),
    ];
    seats.push(...pair);
    teacher = teacher2;
    for (const s of pair) await s.waitFor('welcome');
    teacher2.room.send('start', {});
    for (const s of pair) await s.waitFor('ended', () => true, 30_000);
    for (const s of pair) expect(s.last<ClockMessage>('clock')?.seatMs).toBe(6000);
    const res = await fetch(`${server.base}/api/classes/${created.code}/results`, {
      headers: { authorization: `Bearer ${created.key}` },
    });
    const results = (await res.json()) as ClassResults<ScoreCard>;
    expect(results.phase).toBe('ended');
    expect(results.seats.map((x) => x.card.endedMs)).toEqual([6000, 6000]);
  });
});
