import { join, resolve } from 'node:path';
import { restorePglite, restorePostgres } from '@mentoring/db';
import { loadConfig } from '../config.ts';

// `pnpm db:restore <file>`: replaces the configured database's contents with a backup made by
// `pnpm db:backup`. Stop the app first: the embedded database cannot be shared, and on PostgreSQL
// a running app would keep writing between the dump's moment and now.
const config = loadConfig();
const callerDir = process.env.INIT_CWD ?? process.cwd(); // pnpm runs us inside apps/api
const given = process.argv[2];
if (!given) {
  console.error('Usage: pnpm db:restore <backup file>');
  process.exit(2);
}
const file = resolve(callerDir, given);
try {
  if (config.databaseUrl) {
    await restorePostgres(config.databaseUrl, file, process.env.PG_BIN);
  } else {
    const previous = await restorePglite(join(config.dataDir, 'pglite'), file);
    if (previous) console.log(`The database it replaced was kept in ${previous}`);
  }
  console.log(`Restored from ${file}`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
