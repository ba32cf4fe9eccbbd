/**
 * The API as server.ts runs it in production (config from the environment, PostgreSQL pool of the
 * default size, request logging at LOG_LEVEL), started by throughput.ts as a child process so the
 * load generator does not share its event loop. Beside it, in the same process and on the same
 * pool, a bare Fastify instance with one route doing `select 1`: the baseline. Listens on
 * 127.0.0.1 only; sends its ports over IPC; exits on SIGTERM or when the parent goes away.
 */
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';
import { loggerOptions } from '../src/lib/logger.ts';

const config = loadConfig();
if (!config.databaseUrl || !config.jwtSecret) throw new Error('DATABASE_URL and JWT_SECRET are required');
const logOptions = loggerOptions(config.logLevel) as pino.LoggerOptions;
const database = await openDatabase(config, pino(logOptions));
const app = await buildApp({
  database,
  jwtSecret: config.jwtSecret,
  logger: logOptions,
  trustProxy: config.trustProxy,
  webDist: config.webDist,
  publicUrl: config.publicUrl,
});
const bare = Fastify({ logger: false });
bare.get('/select1', async () => {
  await database.ping();
  return { ok: true };
});
await app.listen({ host: '127.0.0.1', port: 0 });
await bare.listen({ host: '127.0.0.1', port: 0 });

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await Promise.allSettled([app.close(), bare.close()]);
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('disconnect', () => void shutdown());
process.on('message', (message) => {
  if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
});
const port = (server: typeof bare.server) => (server.address() as { port: number }).port;
process.send?.({ appPort: port(app.server), barePort: port(bare.server) });
