import { join, resolve } from 'node:path';
import { backupPglite, backupPostgres } from '@mentoring/db';
import { loadConfig } from '../config.ts';

// `pnpm db:backup [file]`: backs up the configured database (DATABASE_URL, or the embedded one
// under DATA_DIR). PostgreSQL is dumped online; the embedded database needs the app stopped.
const config = loadConfig();
const callerDir = process.env.INIT_CWD ?? process.cwd(); // pnpm runs us inside apps/api
const stamp = new Date()
  .toISOString()
  .replaceAll(':', '-')
  .replace(/\.\d+Z$/, 'Z');
const given = process.argv[2];
const file = resolve(
  callerDir,
  given ?? `mentoring-backup-${stamp}.${config.databaseUrl ? 'dump' : 'tar.gz'}`,
);
try {
  if (config.databaseUrl) await backupPostgres(config.databaseUrl, file, process.env.PG_BIN);
  else await backupPglite(join(config.dataDir, 'pglite'), file);
  console.log(`Backup written to ${file}`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
