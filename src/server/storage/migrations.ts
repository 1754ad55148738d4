/** The database's schema as numbered migrations, run in order on start (the same SQL on PGlite and PostgreSQL). */
import type { Sql } from './sql';

/** Each migration once, in order; never edit one that has shipped, add the next. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE classes (
     code text PRIMARY KEY,
     key_hash text NOT NULL,
     scenario_text text NOT NULL,
     scenario_hash text NOT NULL,
     seed double precision NOT NULL,
     phase text NOT NULL,
     class_ms double precision NOT NULL DEFAULT 0,
     anchor_wall_ms double precision,
     created_at timestamptz NOT NULL DEFAULT now(),
     ended_at timestamptz
   );
   CREATE TABLE seats (
     class_code text NOT NULL REFERENCES classes(code) ON DELETE CASCADE,
     seat_id text NOT NULL,
     name text NOT NULL,
     token_hash text NOT NULL,
     lag_ms double precision NOT NULL DEFAULT 0,
     joined_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (class_code, seat_id)
   );
   CREATE TABLE actions (
     class_code text NOT NULL,
     seat_id text NOT NULL,
     n integer NOT NULL,
     action jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (class_code, seat_id, n),
     FOREIGN KEY (class_code, seat_id) REFERENCES seats(class_code, seat_id) ON DELETE CASCADE
   );
   CREATE INDEX classes_live ON classes (phase) WHERE phase <> 'ended';`,
];

/** An arbitrary constant: the advisory lock that keeps two processes from migrating at once. */
const MIGRATION_LOCK = 1_010_010;

/** Brings the schema up to date (in one transaction, under an advisory lock); returns the versions applied now. */
export async function migrate(sql: Sql): Promise<number[]> {
  return sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const [i, text] of MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      for (const statement of text.split(/;\s*$/m).filter((s) => s.trim())) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}
