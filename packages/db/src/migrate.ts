import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client.ts';

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Any constant shared by every instance of this app: the key of the migration advisory lock. */
const MIGRATION_LOCK_KEY = 72_616_001;
const pgliteMigrations = new WeakMap<object, Promise<void>>();

/**
 * Applies the committed migrations. On PostgreSQL a session-level advisory lock is held on a
 * dedicated connection for the whole run, so instances starting together migrate one at a time:
 * the second waits, then finds nothing left to do.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  const { pglite } = database;
  if (pglite) {
    // Only one process can open a PGlite data directory, so an in-process queue is the lock.
    const previous = pgliteMigrations.get(pglite) ?? Promise.resolve();
    const run = previous
      .catch(() => {})
      .then(() => migratePglite(drizzlePglite(pglite), { migrationsFolder }));
    pgliteMigrations.set(pglite, run);
    await run;
    return;
  }
  if (!database.pool) throw new Error('migrateDatabase: no connection');
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg(client), { migrationsFolder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
}
