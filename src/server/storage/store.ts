/** The classroom's storage: classes, seats and every accepted action, on PGlite or PostgreSQL. */
import type { Phase } from '../../protocol';
import type { ActionFile } from '../../scenario/schema';
import { migrate } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Sql } from './sql';

/** A class as stored. The class clock: classMs at the anchor, and the wall clock then (null unless running). */
export interface ClassRecord {
  code: string;
  keyHash: string;
  scenarioText: string;
  scenarioHash: string;
  seed: number;
  phase: Phase;
  classMs: number;
  anchorWallMs: number | null;
}

/** A seat as stored: lagMs is how far its scenario time was behind the class clock when last saved. */
export interface SeatRecord {
  seatId: string;
  name: string;
  tokenHash: string;
  lagMs: number;
}

/** The class clock as saved on start, pause, resume and end. */
export interface ClockRecord {
  phase: Phase;
  classMs: number;
  anchorWallMs: number | null;
}

/** Everything the server keeps. Every accepted action is added before the seat is told. */
export interface Store {
  createClass(c: Omit<ClassRecord, 'phase' | 'classMs' | 'anchorWallMs'>): Promise<void>;
  getClass(code: string): Promise<ClassRecord | null>;
  /** Codes of classes not ended and created in the last day (restored on start; older ones on their next join). */
  liveClasses(): Promise<string[]>;
  setClock(code: string, clock: ClockRecord): Promise<void>;
  addSeat(code: string, seat: SeatRecord): Promise<void>;
  seats(code: string): Promise<SeatRecord[]>;
  setLags(code: string, lags: { seatId: string; lagMs: number }[]): Promise<void>;
  addAction(code: string, seatId: string, n: number, action: ActionFile): Promise<void>;
  /** Every seat's actions in order. */
  actions(code: string): Promise<Map<string, ActionFile[]>>;
  close(): Promise<void>;
}

interface ClassRow {
  code: string;
  key_hash: string;
  scenario_text: string;
  scenario_hash: string;
  seed: number;
  phase: Phase;
  class_ms: number;
  anchor_wall_ms: number | null;
}

/** The Store over any Sql. */
export function sqlStore(sql: Sql): Store {
  return {
    async createClass(c) {
      await sql.query(
        `INSERT INTO classes (code, key_hash, scenario_text, scenario_hash, seed, phase) VALUES ($1, $2, $3, $4, $5, 'lobby')`,
        [c.code, c.keyHash, c.scenarioText, c.scenarioHash, c.seed],
      );
    },
    async getClass(code) {
      const [r] = await sql.query<ClassRow>('SELECT * FROM classes WHERE code = $1', [code]);
      if (!r) return null;
      return {
        code: r.code,
        keyHash: r.key_hash,
        scenarioText: r.scenario_text,
        scenarioHash: r.scenario_hash,
        seed: Number(r.seed),
        phase: r.phase,
        classMs: Number(r.class_ms),
        anchorWallMs: r.anchor_wall_ms === null ? null : Number(r.anchor_wall_ms),
      };
    },
    async liveClasses() {
      const rows = await sql.query<{ code: string }>(
        `SELECT code FROM classes WHERE phase <> 'ended' AND created_at > now() - interval '1 day' ORDER BY code`,
      );
      return rows.map((r) => r.code);
    },
    async setClock(code, clock) {
      await sql.query(
        `UPDATE classes SET phase = $2, class_ms = $3, anchor_wall_ms = $4,
           ended_at = CASE WHEN $2 = 'ended' THEN now() ELSE ended_at END WHERE code = $1`,
        [code, clock.phase, clock.classMs, clock.anchorWallMs],
      );
    },
    async addSeat(code, seat) {
      await sql.query('INSERT INTO seats (class_code, seat_id, name, token_hash, lag_ms) VALUES ($1, $2, $3, $4, $5)', [
        code,
        seat.seatId,
        seat.name,
        seat.tokenHash,
        seat.lagMs,
      ]);
    },
    async seats(code) {
      const rows = await sql.query<{ seat_id: string; name: string; token_hash: string; lag_ms: number }>(
        'SELECT seat_id, name, token_hash, lag_ms FROM seats WHERE class_code = $1 ORDER BY joined_at, seat_id',
        [code],
      );
      return rows.map((r) => ({ seatId: r.seat_id, name: r.name, tokenHash: r.token_hash, lagMs: Number(r.lag_ms) }));
    },
    async setLags(code, lags) {
      if (lags.length === 0) return;
      await sql.transaction(async (tx) => {
        for (const l of lags) {
          await tx.query('UPDATE seats SET lag_ms = $3 WHERE class_code = $1 AND seat_id = $2', [
            code,
            l.seatId,
            l.lagMs,
          ]);
        }
      });
    },
    async addAction(code, seatId, n, action) {
      await sql.query('INSERT INTO actions (class_code, seat_id, n, action) VALUES ($1, $2, $3, $4::jsonb)', [
        code,
        seatId,
        n,
        JSON.stringify(action),
      ]);
    },
    async actions(code) {
      const rows = await sql.query<{ seat_id: string; action: ActionFile | string }>(
        'SELECT seat_id, action FROM actions WHERE class_code = $1 ORDER BY seat_id, n',
        [code],
      );
      const out = new Map<string, ActionFile[]>();
      for (const r of rows) {
        const action = typeof r.action === 'string' ? (JSON.parse(r.action) as ActionFile) : r.action;
        const list = out.get(r.seat_id);
        if (list) list.push(action);
        else out.set(r.seat_id, [action]);
      }
      return out;
    },
    close: () => sql.close(),
  };
}

/** Opens the store: PostgreSQL at `databaseUrl` when given, else PGlite in `dataDir`; runs the migrations. */
export async function openStore(o: { databaseUrl?: string; dataDir: string }): Promise<Store> {
  const sql = o.databaseUrl ? await openPostgres(o.databaseUrl) : await openPglite(o.dataDir);
  await migrate(sql);
  return sqlStore(sql);
}
