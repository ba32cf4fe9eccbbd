/**
 * API throughput on PostgreSQL with the demo world seeded 50 times into one database (5,350 users,
 * 1,950 of them in 50 running cohorts; 3,000 pairs, 15,150 sessions, 4,400 bookings, 22,900 event
 * guests; seedDemoCopies in support.ts says how). The production server
 * (throughput-server.ts, a child process) is loaded by autocannon, 50 connections for 10 s each:
 *   baseline   a bare Fastify route doing `select 1` on the same pool, in the same process
 *   bookings   GET /api/bookings as a mentor (395 mentors in turn)
 *   slots      GET /api/mentors/:id/slots for the next two weeks, as the mentor's actor
 *   health     GET /api/programs/:id/health, the pair-health dashboard, as each program's coordinator
 *   log        POST /api/matches/:id/sessions, a mentor logging a session (1,400 pairs in turn)
 * After each read, the same service call on the bare instance (no auth, validation, response
 * checking, security headers or logging): what the read's database work and code cost alone, the
 * most the API could reach on this machine for that read.
 * Prints requests/s, p50, p99 and the ratio to the baseline; reads must reach 40 % of the baseline
 * with p99 under 50 ms, and nothing may answer other than 2xx. Then the server's RSS (< 250 MB).
 * Needs PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases).
 */
import { queryRows } from '@mentoring/db';
import { createTestTemplate, dropTestTemplate, openTestDatabase } from '@mentoring/db/testing';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { benchDatabaseUrl, emit, printTable, rssOf, seedDemoCopies, spawnTs, stop } from './support.ts';
import { type Target, throughputWorkloads } from './throughput-workloads.ts';

const COPIES = 50;
const CONNECTIONS = 50;
const SECONDS = 10;
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0123';

benchDatabaseUrl('throughput');
const template = await createTestTemplate();
const database = await openTestDatabase(template);
const db = database.db;
const databaseUrl = database.pool?.options.connectionString as string;

let server: ReturnType<typeof spawnTs> | undefined;
let failed = false;
try {
  const started = performance.now();
  const counts = await seedDemoCopies(db, COPIES);
  console.log(
    `throughput: demo world x ${COPIES} seeded in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`,
  );

  // Who calls what: the running cohorts' active pairs, their mentors and the programs' coordinators.
  const pairs = await queryRows<{ matchId: string; mentorId: string; actorId: string; programId: string }>(
    db,
    sql`select m.id as "matchId", m.mentor_id as "mentorId", m.actor_id as "actorId", m.program_id as "programId"
        from matches m join programs p on p.id = m.program_id
        where p.archived_at is null and m.status = 'active'
          and exists (select 1 from availability a where a.mentor_id = m.mentor_id)
        order by m.id`,
  );
  const coordinators = await queryRows<{ programId: string; userId: string; isAdmin: boolean }>(
    db,
    sql`select distinct on (x.program_id) x.program_id as "programId", x.user_id as "userId", u.is_admin as "isAdmin"
        from participants x join users u on u.id = x.user_id
        where x.role = 'coordinator' and x.program_id in (${sql.join(
          [...new Set(pairs.map((p) => p.programId))].map((id) => sql`${id}`),
          sql`, `,
        )})
        order by x.program_id, x.user_id`,
  );
  const signer = await buildApp({ database, jwtSecret: JWT_SECRET });
  const token = (id: string, isAdmin = false) => `Bearer ${signer.signAccessToken({ id, isAdmin })}`;
  const mentors = [...new Set(pairs.map((p) => p.mentorId))].map((id) => ({ id, auth: token(id) }));
  const actorPairs = pairs.map((p) => ({ ...p, actorAuth: token(p.actorId), mentorAuth: token(p.mentorId) }));
  const programs = coordinators.map((c) => ({
    id: c.programId,
    userId: c.userId,
    auth: token(c.userId, c.isAdmin),
  }));
  await signer.close();
  console.log(
    `throughput: ${mentors.length} mentors, ${actorPairs.length} active pairs, ${programs.length} running programs`,
  );

  server = spawnTs(
    'bench/throughput-server.ts',
    {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      SEED_DEMO: 'false',
      SMTP_URL: '',
    },
    true,
  );
  const child = server;
  const ports = await new Promise<{ appPort: number; barePort: number }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { appPort: number; barePort: number }));
    child.once('exit', (code) => reject(new Error(`throughput server exited with ${code}`)));
  });
  const api = `http://127.0.0.1:${ports.appPort}`;

  // Writes the server acknowledged (2xx): every one must be in the database afterwards. More may
  // be there: requests still in flight when a run's time is up are committed but never answered.
  let acknowledged = 0;
  const workloads = throughputWorkloads({
    api,
    bare: `http://127.0.0.1:${ports.barePort}`,
    mentors,
    actorPairs,
    programs,
  });

  const headersOf = (target: Target) => ({
    ...(target.auth ? { authorization: target.auth } : {}),
    ...(target.body ? { 'content-type': 'application/json' } : {}),
  });
  const load = (workload: (typeof workloads)[number], options: { duration?: number; amount?: number }) => {
    let n = 0;
    return autocannon({
      url: workload.url,
      connections: CONNECTIONS,
      ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
      requests: [
        {
          setupRequest: (request) => {
            const target = workload.next(n++);
            return {
              ...request,
              method: target.method,
              path: target.path,
              headers: headersOf(target),
              ...(target.body ? { body: target.body } : {}),
            };
          },
          onResponse: (status) => {
            if (workload.write && status < 300) acknowledged++;
          },
        },
      ],
    });
  };

  // Each workload once by hand (a wrong fixture fails loudly here), then 500 requests of warm-up.
  for (const workload of workloads) {
    const target = workload.next(0);
    const response = await fetch(`${workload.url}${target.path}`, {
      method: target.method,
      headers: headersOf(target),
      ...(target.body ? { body: target.body } : {}),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${workload.name}: ${response.status} ${text.slice(0, 300)}`);
    if (workload.write) acknowledged++;
    await load(workload, { amount: 500 });
  }

  const results: { name: string; read: boolean; result: autocannon.Result }[] = [];
  for (const workload of workloads) {
    results.push({
      name: workload.name,
      read: workload.read,
      result: await load(workload, { duration: SECONDS }),
    });
  }
  const rssMb =
    rssOf(child.pid as number) ??
    (await new Promise<number>((resolve) => {
      child.once('message', (message) => resolve((message as { rss: number }).rss / 2 ** 20));
      child.send('rss');
    }));
  const [logged] = await queryRows<{ sessions: number }>(
    db,
    sql`select count(*)::int as sessions from session_logs where 'bench' = any(topics)`,
  );

  const base = results[0]?.result.requests.average ?? 1;
  const rows = results.map(({ name, result }) => [
    name,
    result.requests.average.toFixed(0),
    `${((100 * result.requests.average) / base).toFixed(0)} %`,
    result.latency.p50,
    result.latency.p99,
    result['2xx'],
    result.non2xx + result.errors + result.timeouts,
  ]);
  printTable(
    `API throughput (PostgreSQL, demo x ${COPIES}, ${CONNECTIONS} connections, ${SECONDS} s each)`,
    ['req/s', 'of baseline', 'p50 ms', 'p99 ms', '2xx', 'non-2xx + errors'],
    rows,
  );
  printTable(
    'API server process',
    ['value'],
    [
      ['RSS after the load runs (MB)', rssMb.toFixed(0)],
      ['sessions in the database / acknowledged (2xx)', `${logged?.sessions} / ${acknowledged}`],
    ],
  );

  for (const { name, read, result } of results) {
    const bench = `throughput: ${name}`;
    const ratio = result.requests.average / base;
    const bad = result.non2xx + result.errors + result.timeouts;
    if (name.startsWith('baseline')) {
      emit(
        bench,
        'req/s, p50 / p99 ms',
        `${result.requests.average.toFixed(0)}, ${result.latency.p50} / ${result.latency.p99}`,
        '',
        null,
      );
    } else {
      emit(
        bench,
        'req/s (of baseline)',
        `${result.requests.average.toFixed(0)} (${(100 * ratio).toFixed(0)} %)`,
        read ? '≥ 40 % of baseline' : '',
        read ? ratio >= 0.4 : null,
      );
      emit(
        bench,
        'p50 / p99 ms',
        `${result.latency.p50} / ${result.latency.p99}`,
        read ? 'p99 < 50 ms' : '',
        read ? result.latency.p99 < 50 : null,
      );
    }
    emit(bench, 'non-2xx + errors', String(bad), '0', bad === 0);
    if (bad > 0) failed = true;
  }
  const kept = (logged?.sessions ?? 0) >= acknowledged;
  emit(
    'throughput: write run',
    'acknowledged writes in the database',
    `${logged?.sessions} of ${acknowledged}`,
    'all',
    kept,
  );
  if (!kept) failed = true;
  emit('throughput: API server', 'RSS after load, MB', rssMb.toFixed(0), '< 250 MB', rssMb < 250);
} finally {
  if (server) await stop(server);
  await database.close();
  await dropTestTemplate(template);
}
if (failed) process.exit(1);
