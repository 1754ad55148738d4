/**
 * The server process killed mid-class (SIGKILL) and started again on the same embedded database:
 * the class comes back with every accepted action, and the seats rejoin with their seat tokens.
 */
import { join as joinPath } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { AcceptedMessage, ClassResults, ClockMessage, WelcomeMessage } from '../../src/protocol';
import { type Conn, createClass, join, leave, removeDir, type ServerProcess, startServer, tempDir } from './harness';
import { PROBE, SCENARIO_TEXT } from './scenario';

const dir = tempDir('skywatch-restart-');
const env = { DATA_DIR: joinPath(dir, 'db') };
const conns: Conn[] = [];
let server: ServerProcess | undefined;

afterAll(async () => {
  for (const c of conns) await leave(c);
  await server?.stop();
  removeDir(dir);
});

async function accepted(seat: Conn, action: Record<string, unknown>): Promise<AcceptedMessage> {
  const from = seat.messages.length;
  seat.room.send('act', { action });
  return seat.waitFor<AcceptedMessage>('accepted', () => true, 10_000, from);
}

async function results(base: string, code: string, key: string): Promise<ClassResults> {
  const res = await fetch(`${base}/api/classes/${code}/results`, { headers: { authorization: `Bearer ${key}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as ClassResults;
}

it('a class survives a killed server: nothing lost, seats rejoin and carry on', async () => {
  server = await startServer(env);
  const { code, key } = await createClass(server.base, SCENARIO_TEXT);
  const teacher = await join(server.base, code, { role: 'instructor', key });
  const ana = await join(server.base, code, { role: 'seat', name: 'Ana' });
  const ben = await join(server.base, code, { role: 'seat', name: 'Ben' });
  conns.push(teacher, ana, ben);
  const tokens = [await ana.waitFor<WelcomeMessage>('welcome'), await ben.waitFor<WelcomeMessage>('welcome')].map(
    (w) => w.seatToken,
  );
  teacher.room.send('start', {});
  await ana.waitFor<ClockMessage>('clock', (m) => m.phase === 'running');
  await accepted(ana, { type: 'posture', posture: 'alert' });
  await accepted(ben, { type: 'mark', cell: 'D4' });
  await ana.waitFor<ClockMessage>('clock', (m) => m.seatMs === 3000, 30_000);
  await accepted(ana, { type: 'answer', probe: PROBE, choice: 1 });
  await accepted(ana, { type: 'emissions', state: 'off' });
  const before = await results(server.base, code, key);
  const lastAnaMs = (ana.last<ClockMessage>('clock')?.seatMs ?? 0) as number;

  await server.kill();
  for (const c of conns.splice(0)) await leave(c, 500);
  server = await startServer(env);

  const after = await results(server.base, code, key);
  expect(after.phase).toBe('running');
  expect(after.seats.map((s) => s.run.actions)).toEqual(before.seats.map((s) => s.run.actions));
  expect(after.seats[0].run.actions.length).toBe(3);

  const ana2 = await join(server.base, code, { role: 'seat', name: 'Ana', seatToken: tokens[0] });
  const ben2 = await join(server.base, code, { role: 'seat', name: 'Ben', seatToken: tokens[1] });
  const teacher2 = await join(server.base, code, { role: 'instructor', key });
  conns.push(ana2, ben2, teacher2);
  const w = await ana2.waitFor<WelcomeMessage>('welcome');
  expect(w.seatId).toBe('s1');
  expect(w.actions).toEqual(before.seats[0].run.actions);
  expect(w.phase).toBe('running');
  expect(w.seatMs).toBeGreaterThanOrEqual(lastAnaMs);
  // Ben never answered the probe: his seat is still frozen at it, at 3 s.
  expect((await ben2.waitFor<WelcomeMessage>('welcome')).seatMs).toBe(3000);
  const next = await accepted(ana2, { type: 'posture', posture: 'cover' });
  expect(next.n).toBe(3);
  const c = await teacher2.waitFor<{ seats: { connected: boolean }[] }>('console', (m) =>
    m.seats.every((s) => s.connected),
  );
  expect(c.seats.length).toBe(2);
});
