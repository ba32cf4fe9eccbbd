import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type Database,
  DEMO_PASSWORD,
  migrateDatabase,
  openPglite,
  openPostgres,
  seedDemo,
} from '@mentoring/db';
import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from './config.ts';
import { hashPassword } from './lib/password.ts';

/** Opens the configured database (PostgreSQL or embedded PGlite) and brings its schema up to date. */
export async function openDatabase(
  config: AppConfig,
  log: Pick<FastifyBaseLogger, 'error' | 'warn'>,
): Promise<Database> {
  let database: Database;
  if (config.databaseUrl) {
    database = openPostgres({
      url: config.databaseUrl,
      // A restarted or unreachable server must not crash the process; /readyz reports it instead.
      onPoolError: (error) => log.warn({ err: error }, 'idle database connection failed'),
    });
  } else {
    const dataDir = join(config.dataDir, 'pglite');
    await mkdir(dataDir, { recursive: true });
    database = await openPglite({ dataDir });
  }
  await migrateDatabase(database);
  return database;
}

export async function seedDemoWorld(database: Database): Promise<boolean> {
  // Every demo account shares one password, so one hash serves them all.
  return seedDemo(database.db, { passwordHash: await hashPassword(DEMO_PASSWORD) });
}
