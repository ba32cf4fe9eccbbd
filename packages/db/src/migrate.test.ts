import { readdir } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { queryRows } from './client.ts';
import { migrateDatabase, migrationsFolder } from './migrate.ts';
import { openEmptyDatabase } from './testing/index.ts';

describe('migrations', () => {
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await drop?.();
  });

  it('two instances migrating the same empty database at once both succeed, each migration applied once', async () => {
    const empty = await openEmptyDatabase();
    const first = await empty.open();
    const second = await empty.open();
    drop = async () => {
      if (second !== first) {
        await second.close();
        await first.close();
      }
      await empty.drop();
    };

    await Promise.all([migrateDatabase(first), migrateDatabase(second)]);

    const files = (await readdir(migrationsFolder)).filter((f) => f.endsWith('.sql'));
    const applied = await queryRows<{ count: number }>(
      first.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.count).toBe(files.length);
    const tables = await queryRows<{ name: string }>(
      first.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
    );
    expect(tables.map((r) => r.name)).toEqual(expect.arrayContaining(['users', 'programs', 'participants']));
  });

  it('running the migrations again changes nothing', async () => {
    const empty = await openEmptyDatabase();
    const database = await empty.open();
    drop = async () => {
      if (database.kind === 'postgres') await database.close();
      await empty.drop();
    };
    await migrateDatabase(database);
    await migrateDatabase(database);
    const applied = await queryRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.count).toBeGreaterThan(0);
  });
});
