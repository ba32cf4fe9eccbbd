import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.ts';
import { preparedRows, preparedStatement } from './prepared.ts';
import { openEmptyDatabase } from './testing/index.ts';

// Runs on PGlite, and on PostgreSQL under TEST_DATABASE_URL, where the names reach the server.
describe('prepared statements', () => {
  let database: Database;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const empty = await openEmptyDatabase();
    database = await empty.open();
    drop = async () => {
      await database.close();
      await empty.drop();
    };
  });
  afterAll(() => drop());

  const doubled = preparedRows<{ n: number }>(
    'test_doubled',
    sql`select (${sql.placeholder('n')}::int * 2) as n`,
  );

  it('fill their placeholders anew on every call, concurrent calls on several connections included', async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => doubled(database.db, { n })));
    expect(results.map(([row]) => row?.n)).toEqual([2, 4, 6, 8, 10, 12]);
  });

  it('are built once per database handle, and run inside a transaction when given one', async () => {
    let builds = 0;
    const statement = preparedStatement((db) => {
      builds += 1;
      return db;
    });
    statement(database.db);
    statement(database.db);
    expect(builds).toBe(1);
    const [inside] = await database.db.transaction(async (tx) => {
      await tx.execute(sql`create temporary table only_here (n int) on commit drop`);
      await tx.execute(sql`insert into only_here values (21)`);
      return preparedRows<{ n: number }>('test_only_here', sql`select n * 2 as n from only_here`)(tx, {});
    });
    expect(inside?.n).toBe(42);
  });
});
