/** Size and rate bounds: a flood is refused (the seat stays), an oversized frame is cut off, the server carries on. */
import { join as joinPath } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AcceptedMessage, ClockMessage, RefusedMessage } from '../../src/protocol';
import { type Conn, createClass, join, leave, removeDir, type ServerProcess, startServer, tempDir } from './harness';
import { PROBE, SCENARIO_TEXT } from './scenario';

const dir = tempDir('skywatch-limits-');
let server: ServerProcess;
const conns: Conn[] = [];
let code: string;

beforeAll(async () => {
  server = await startServer({ DATA_DIR: joinPath(dir, 'db') });
  const created = await createClass(server.base, SCENARIO_TEXT);
  code = created.code;
  const teacher = await join(server.base, code, { role: 'instructor', key: created.key });
  conns.push(teacher);
  conns.push(await join(server.base, code, { role: 'seat', name: 'Flood' }));
  teacher.room.send('start', {});
  // The scenario's probe freezes the seat at 3 s: answer it so later actions apply.
  await conns[1].waitFor<ClockMessage>('clock', (m) => m.seatMs === 3000, 30_000);
  conns[1].room.send('act', { action: { type: 'answer', probe: PROBE, choice: 0 } });
  await conns[1].waitFor<AcceptedMessage>('accepted', (m) => m.action.type === 'answer');
});

afterAll(async () => {
  for (const c of conns) await leave(c);
  await server?.stop();
  removeDir(dir);
});

const settle = () => new Promise((r) => setTimeout(r, 1500));

it('refuses messages past the rate with a reason, and the seat stays connected', async () => {
  const seat = conns[1];
  const from = seat.messages.length;
  for (let i = 0; i < 40; i++) seat.room.send('act', { action: { type: 'emissions', state: i % 2 ? 'on' : 'off' } });
  await settle();
  const answers = seat.messages.slice(from).filter((m) => m.type === 'refused' || m.type === 'accepted');
  const limited = answers.filter((m) => m.type === 'refused' && (m.body as RefusedMessage).code === 'rate-limited');
  expect(answers.length).toBe(40);
  expect(limited.length).toBeGreaterThanOrEqual(15);
  expect(answers.filter((m) => m.type === 'accepted').length).toBeLessThanOrEqual(25);
  await settle();
  const again = seat.messages.length;
  seat.room.send('act', { action: { type: 'posture', posture: 'alert' } });
  const ok = await seat.waitFor<AcceptedMessage>('accepted', () => true, 10_000, again);
  expect(ok.action.type).toBe('posture');
});

it('refuses an oversized message with a reason', async () => {
  const seat = conns[1];
  const from = seat.messages.length;
  seat.room.send('act', { action: { type: 'discuss', inject: 'x', text: 'a'.repeat(20_000) } });
  const r = await seat.waitFor<RefusedMessage>('refused', () => true, 10_000, from);
  expect(r.code).toBe('too-big');
});

it('closes a connection that sends a frame past the transport bound; the class carries on', async () => {
  const big = await join(server.base, code, { role: 'seat', name: 'Big' });
  conns.push(big);
  const left = new Promise<number>((resolve) => big.room.onLeave((c) => resolve(c)));
  big.room.send('act', { action: { type: 'discuss', inject: 'x', text: 'b'.repeat(100_000) } });
  const closeCode = await Promise.race([left, new Promise<number>((r) => setTimeout(() => r(-1), 10_000))]);
  expect(closeCode).not.toBe(-1);
  const seat = conns[1];
  const from = seat.messages.length;
  seat.room.send('act', { action: { type: 'posture', posture: 'cover' } });
  expect((await seat.waitFor<AcceptedMessage>('accepted', () => true, 10_000, from)).action.type).toBe('posture');
});
