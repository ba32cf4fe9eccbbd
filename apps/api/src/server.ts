import { DEMO_LOGINS, DEMO_PASSWORD } from '@mentoring/db';
import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase, seedDemoWorld } from './database.ts';
import { loggerOptions } from './lib/logger.ts';
import { loadOrCreateSecret } from './lib/secret.ts';

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const config = loadConfig();
  const logOptions = loggerOptions(config.logLevel) as pino.LoggerOptions;
  const log = pino(logOptions);

  const database = await openDatabase(config, log);
  const seeded = config.seedDemo ? await seedDemoWorld(database) : false;
  const app = await buildApp({
    database,
    jwtSecret: config.jwtSecret ?? (await loadOrCreateSecret(config.dataDir)),
    logger: logOptions,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    try {
      await app.close(); // stops accepting, lets in-flight requests finish
      await database.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  const lines = [
    '',
    `  Mentoring program manager is running at ${config.publicUrl}`,
    `  Database: ${where}${seeded ? ' (demo data seeded)' : ''}`,
    `  API docs: ${config.publicUrl}/api/docs`,
  ];
  if (config.seedDemo) {
    lines.push(
      `  Demo logins (password "${DEMO_PASSWORD}"):`,
      `    coordinator  ${DEMO_LOGINS.coordinator}`,
      `    mentor       ${DEMO_LOGINS.mentor}`,
      `    actor        ${DEMO_LOGINS.actor}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
