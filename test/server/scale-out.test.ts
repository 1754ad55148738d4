/**
 * Scale-out: two server processes sharing Debian's redis-server (presence + room directory) and PostgreSQL.
 * The class is created through one process and the seats join through the other.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AcceptedMessage, ClassResults, ClockMessage, WelcomeMessage } from '../../src/protocol';
import { type Conn, createClass, join, leave, post, type ServerProcess, startServer } from './harness';
import { SCENARIO_TEXT } from './scenario';
import { type Service, startPostgres, startRedis } from './services';

let redis: Service | undefined;
let postgres: Service | undefined;
const servers: ServerProcess[] = [];
const conns: Conn[] = [];

beforeAll(async () => {
  redis = await startRedis();
  postgres = await startPostgres();
  const env = { REDIS_URL: redis.url, DATABASE_URL: postgres.url, DATA_DIR: '/nonexistent-not-used' };
  servers.push(await startServer(env));
  servers.push(await startServer(env));
});

afterAll(async () => {
  for (const c of conns) await leave(c);
  for (const s of servers) await s.stop();
  await postgres?.stop();
  await redis?.stop();
});

it('a class created through one process takes seats joining through the other', async () => {
  const [a, b] = servers;
  const { code, key } = await createClass(a.base, SCENARIO_TEXT);
  const reservation = await post(`${b.base}/api/classes/${code}/reservation`, { role: 'seat', name: 'Probe' });
  expect(reservation.status).toBe(200);
  const host = String(reservation.body.publicAddress);
  expect([`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`]).toContain(host);

  const teacher = await join(a.base, code, { role: 'instructor', key });
  conns.push(teacher);
  for (const name of ['Ana', 'Ben', 'Cleo']) conns.push(await join(b.base, code, { role: 'seat', name }));
  const seats = conns.slice(1);
  for (const s of seats) expect((await s.waitFor<WelcomeMessage>('welcome')).code).toBe(code);
  await teacher.waitFor<{ seats: unknown[] }>('console', (m) => m.seats.length >= 3);

  teacher.room.send('start', {});
  for (const s of seats) await s.waitFor<ClockMessage>('clock', (m) => m.phase === 'running');
  for (const [i, s] of seats.entries()) {
    const from = s.messages.length;
    s.room.send('act', { action: { type: 'mark', cell: ['B2', 'C3', 'D4'][i] } });
    expect((await s.waitFor<AcceptedMessage>('accepted', () => true, 10_000, from)).action.type).toBe('mark');
  }
  teacher.room.send('end', {});
  for (const s of seats) await s.waitFor('ended');

  // Either process reads the class of record from the shared PostgreSQL.
  for (const server of servers) {
    const res = await fetch(`${server.base}/api/classes/${code}/results`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const results = (await res.json()) as ClassResults;
    expect(results.phase).toBe('ended');
    expect(results.seats.filter((s) => s.run.actions.length === 1).map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cleo']);
  }
  const late = await post(`${b.base}/api/classes/${code}/reservation`, { role: 'seat', name: 'Late' });
  expect(late.status).toBe(410);
});
