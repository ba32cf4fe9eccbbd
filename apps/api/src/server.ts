import { DEMO_LOGINS, DEMO_PASSWORD } from '@mentoring/db';
import pino from 'pino';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openDatabase, seedDemoWorld } from './database.ts';
import { systemClock } from './lib/clock.ts';
import { loggerOptions } from './lib/logger.ts';
import { loadOrCreateSecret } from './lib/secret.ts';
import { createHealthService } from './modules/health/health.service.ts';
import { createJobsService } from './modules/jobs/jobs.service.ts';
import { createOutboxWorker } from './modules/outbox/outbox-worker.ts';
import { createSmtpTransport } from './modules/outbox/smtp-transport.ts';
import { purgeExpiredTexts } from './modules/privacy/retention.ts';
import { remindUnansweredSurveys } from './modules/surveys/survey-reminders.ts';

const SHUTDOWN_GRACE_MS = 10_000;
const JOB_INTERVAL_MS = 10 * 60_000;

async function main() {
  const config = loadConfig();
  const logOptions = loggerOptions(config.logLevel) as pino.LoggerOptions;
  // The process's own lines (start-up, jobs, shutdown) are few and must come out in order even as
  // it exits: written synchronously. Request lines go through Fastify's own, asynchronous logger.
  const log = pino(logOptions, pino.destination({ dest: 1, sync: true }));

  const database = await openDatabase(config, log);
  const seeded = config.seedDemo ? await seedDemoWorld(database) : false;
  const app = await buildApp({
    database,
    jwtSecret: config.jwtSecret ?? (await loadOrCreateSecret(config.dataDir)),
    logger: logOptions,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
    publicUrl: config.publicUrl,
  });
  const transport = config.smtpUrl ? createSmtpTransport(config.smtpUrl, config.mailFrom) : undefined;
  const outboxWorker = transport
    ? createOutboxWorker({ db: database.db, transport, clock: systemClock, log: app.log })
    : undefined;

  // Scheduled work (nudges for unlogged sessions, weekly digests): safe to run in every process.
  const jobs = createJobsService({
    db: database.db,
    clock: systemClock,
    publicUrl: config.publicUrl,
    health: createHealthService({ db: database.db, clock: systemClock }),
  });
  const runJobs = () =>
    Promise.all([
      jobs.nudgeUnloggedSessions(),
      jobs.weeklyDigests(),
      remindUnansweredSurveys({ db: database.db, clock: systemClock, publicUrl: config.publicUrl }),
      purgeExpiredTexts({ db: database.db, clock: systemClock }),
    ]).catch((error) => log.warn({ err: error }, 'scheduled jobs failed'));
  const jobTimer = setInterval(runJobs, JOB_INTERVAL_MS);
  jobTimer.unref();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    let code = 0;
    try {
      clearInterval(jobTimer);
      // New requests get 503 while in-flight ones finish; the rest of the grace is for closing.
      const drained = await app.drain(SHUTDOWN_GRACE_MS - 2_000);
      if (!drained) log.warn('requests still running at the end of the grace period');
      await app.close();
      await outboxWorker?.stop();
      transport?.close();
      log.info('outbox worker stopped');
      await database.close();
      log.info('database closed');
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      code = 1;
    } finally {
      clearTimeout(force);
      process.exit(code);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  outboxWorker?.start();
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
  const lines = [
    '',
    `  Mentoring program manager is running at ${config.publicUrl}`,
    `  Database: ${where}${seeded ? ' (demo data seeded)' : ''}`,
    `  API docs: ${config.publicUrl}/api/docs`,
    `  Email: ${config.smtpUrl ? 'sent through SMTP_URL' : 'not sent (no SMTP_URL); invitation links are shown in the app'}`,
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
