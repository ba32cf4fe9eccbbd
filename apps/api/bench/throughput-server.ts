/**
 * The API as server.ts runs it in production (config from the environment, PostgreSQL pool of the
 * default size, request logging at LOG_LEVEL), started by throughput.ts as a child process so the
 * load generator does not share its event loop. Beside it, in the same process and on the same
 * pool, a bare Fastify instance: `/select1`, the baseline, and `/service/...`, each read's own
 * service call (the same queries and code, as the user named in the query string) without the
 * API's auth, validation, response checking, security headers or logging. Those show how much
 * of a read's cost is the database work itself. Listens on 127.0.0.1 only; sends its ports over
 * IPC; exits on SIGTERM or when the parent goes away.
 */
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/database.ts';
import { systemClock } from '../src/lib/clock.ts';
import { loggerOptions } from '../src/lib/logger.ts';
import { createBookingsService } from '../src/modules/bookings/bookings.service.ts';
import { createHealthService } from '../src/modules/health/health.service.ts';

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
const services = { db: database.db, clock: systemClock, publicUrl: config.publicUrl };
const bookings = createBookingsService(services);
const health = createHealthService(services);
type Ask = { Querystring: Record<string, string> };
const as = (id: string | undefined) => ({ id: id ?? '', isAdmin: false });
bare.get<Ask>('/service/bookings', (request) => bookings.list(as(request.query.user), {}));
bare.get<Ask>('/service/slots', ({ query }) =>
  bookings.slots(as(query.user), query.mentor ?? '', {
    from: query.from ?? '',
    to: query.to ?? '',
    length: Number(query.length),
  }),
);
bare.get<Ask>('/service/health', ({ query }) => health.program(as(query.user), query.program ?? ''));
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
