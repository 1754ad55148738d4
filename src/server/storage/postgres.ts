/** A PostgreSQL server through `pg` (DATABASE_URL): the same SQL as the embedded database. */
import pg from 'pg';
import type { Sql } from './sql';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

async function run<Row>(db: Queryable, text: string, params: unknown[] = []): Promise<Row[]> {
  return (await db.query(text, params)).rows as Row[];
}

/** Connects a pool to the PostgreSQL server at `url`. */
export async function openPostgres(url: string): Promise<Sql> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  await run(pool, 'SELECT 1');
  const inClient = (client: pg.PoolClient): Sql => ({
    query: (text, params) => run(client, text, params),
    transaction: (fn) => fn(inClient(client)),
    close: async () => {},
  });
  return {
    query: (text, params) => run(pool, text, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn(inClient(client));
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
