/** The little SQL surface the store needs, met by PGlite (embedded) and by `pg` (a PostgreSQL server). */

/** Runs parameterised SQL ($1, $2, …) and returns the rows. */
export interface Sql {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Runs `fn` in one transaction (committed when it resolves, rolled back when it throws). */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
