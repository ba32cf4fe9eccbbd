import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Tx } from './client.ts';

/**
 * A statement for the hottest reads, built once per database handle instead of once per request.
 * `build` returns a drizzle prepared query (`.prepare(name)` with `sql.placeholder` values): its SQL
 * text is rendered once, and node-postgres sends it under its name, so PostgreSQL parses and plans
 * it once per connection. Together that tripled GET /api/bookings in the throughput benchmark: the
 * query builder and the planner had cost more than running the query. PGlite ignores the name.
 *
 * Give every statement its own name, and keep the SQL text fixed: node-postgres refuses a name
 * reused with other text. Inside a transaction pass the transaction: the statement is built for it
 * (no saving in JavaScript, but the connection still skips parsing and planning a name it knows).
 */
export function preparedStatement<T>(build: (db: Tx) => T): (db: Tx) => T {
  const byDatabase = new WeakMap<Tx, T>();
  return (db) => {
    let statement = byDatabase.get(db);
    if (!statement) {
      statement = build(db);
      byDatabase.set(db, statement);
    }
    return statement;
  };
}

const dialect = new PgDialect();

/**
 * Raw SQL (a sql`` template whose values are `sql.placeholder`s) as a named prepared statement, for
 * a hot read the query builder cannot say. Returns the rows as the driver gives them (timestamps
 * as text on node-postgres), like `queryRows`.
 */
export function preparedRows<T>(name: string, query: SQL) {
  const built = dialect.sqlToQuery(query);
  const statement = preparedStatement((db) => db._.session.prepareQuery(built, undefined, name, false));
  return async (db: Tx, values: Record<string, unknown>): Promise<T[]> => {
    const result = (await statement(db).execute(values)) as unknown as { rows: T[] };
    return result.rows;
  };
}
