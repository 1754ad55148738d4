/** The embedded database: PGlite (PostgreSQL in WebAssembly, in this process), data in a folder. */
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Sql } from './sql';

async function run<Row>(db: PGlite | Transaction, text: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query<Row>(text, params)).rows;
}

/** A transaction as an Sql (a nested transaction joins it). */
function inTransaction(tx: Transaction): Sql {
  const sql: Sql = {
    query: (text, params) => run(tx, text, params),
    transaction: (fn) => fn(sql),
    close: async () => {},
  };
  return sql;
}

/** Opens (creating if needed) the PGlite database in `dir`. */
export async function openPglite(dir: string): Promise<Sql> {
  mkdirSync(dir, { recursive: true });
  const db = await PGlite.create(dir);
  return {
    query: (text, params) => run(db, text, params),
    transaction: (fn) => db.transaction((tx) => fn(inTransaction(tx))),
    close: () => db.close(),
  };
}
