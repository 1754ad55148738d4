/** The store on embedded PGlite: migrations once, classes, seats and actions round-trip in order. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { migrate } from '../../../src/server/storage/migrations';
import { openPglite } from '../../../src/server/storage/pglite';
import { sqlStore } from '../../../src/server/storage/store';

const dir = mkdtempSync(join(tmpdir(), 'skywatch-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('migrates once, then keeps classes, seats, lags and actions in order', async () => {
  const sql = await openPglite(join(dir, 'db'));
  expect(await migrate(sql)).toEqual([1]);
  expect(await migrate(sql)).toEqual([]);
  const store = sqlStore(sql);
  await store.createClass({ code: 'ABCDEF', keyHash: 'k', scenarioText: '{}', scenarioHash: 'h', seed: 42 });
  expect(await store.getClass('ABCDEF')).toMatchObject({ phase: 'lobby', seed: 42, classMs: 0, anchorWallMs: null });
  expect(await store.liveClasses()).toEqual(['ABCDEF']);
  await store.addSeat('ABCDEF', { seatId: 's1', name: 'Ana', tokenHash: 't', lagMs: 0 });
  await store.addSeat('ABCDEF', { seatId: 's2', name: 'Ben', tokenHash: 'u', lagMs: 0 });
  await store.addAction('ABCDEF', 's1', 0, { at: 1.25, type: 'posture', posture: 'alert' });
  await store.addAction('ABCDEF', 's1', 1, { at: 2, type: 'emissions', state: 'off' });
  await store.addAction('ABCDEF', 's2', 0, { at: 3, type: 'mark', cell: 'C3' });
  await expect(store.addAction('ABCDEF', 's1', 1, { at: 4, type: 'posture', posture: 'cover' })).rejects.toThrow();
  await store.setLags('ABCDEF', [{ seatId: 's2', lagMs: 1500 }]);
  await store.setClock('ABCDEF', { phase: 'running', classMs: 5000, anchorWallMs: 1_800_000_000_000 });
  await sql.close();

  const reopened = sqlStore(await openPglite(join(dir, 'db')));
  expect(await reopened.getClass('ABCDEF')).toMatchObject({
    phase: 'running',
    classMs: 5000,
    anchorWallMs: 1_800_000_000_000,
  });
  expect((await reopened.seats('ABCDEF')).map((s) => [s.seatId, s.lagMs])).toEqual([
    ['s1', 0],
    ['s2', 1500],
  ]);
  const actions = await reopened.actions('ABCDEF');
  expect(actions.get('s1')).toEqual([
    { at: 1.25, type: 'posture', posture: 'alert' },
    { at: 2, type: 'emissions', state: 'off' },
  ]);
  expect(actions.get('s2')).toEqual([{ at: 3, type: 'mark', cell: 'C3' }]);
  await reopened.setClock('ABCDEF', { phase: 'ended', classMs: 6000, anchorWallMs: null });
  expect(await reopened.liveClasses()).toEqual([]);
  await reopened.close();
});
