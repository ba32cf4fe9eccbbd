/**
 * Shared helpers for the API benchmarks: the PostgreSQL URL, BENCH lines and tables, the demo world
 * seeded many times into one database, and child API processes (spawn, wait for /readyz, RSS).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { type Db, DEMO_PASSWORD, queryRows, seedDemo } from '@mentoring/db';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/lib/password.ts';

/** BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases); exits 0 without one. */
export function benchDatabaseUrl(name: string): string {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log(`${name}: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server)`);
    process.exit(0);
  }
  process.env.TEST_DATABASE_URL = url;
  return url;
}

/** One headline figure for scripts/bench.mjs's summary table. */
export function emit(bench: string, measure: string, value: string, target: string, ok: boolean | null) {
  console.log(`BENCH ${JSON.stringify({ bench, measure, value, target, ok })}`);
}

/** A markdown table for the human reading the output. */
export function printTable(title: string, head: string[], rows: (string | number)[][]) {
  console.log(`\n| ${title} | ${head.join(' | ')} |`);
  console.log(`|---|${head.map(() => '---:').join('|')}|`);
  for (const [first, ...rest] of rows) console.log(`| ${first} | ${rest.join(' | ')} |`);
}

/**
 * The demo world `copies` times in one database. seedDemo runs once per database (it stops when the
 * demo coordinator exists), so after each run that copy's unique texts get a suffix: emails
 * (`mentor1@demo.test` becomes `mentor1@demo7.test`), guest emails and program names. The last copy
 * keeps the original names, so the demo logins still work. Same `today` for all, so every copy
 * has the same calendar.
 */
export async function seedDemoCopies(db: Db, copies: number, today = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (let k = 1; k <= copies; k++) {
    const seeded = await seedDemo(db, { passwordHash, today });
    if (!seeded) throw new Error('the database already holds the demo world');
    if (k === copies) break;
    await db.execute(
      sql`update users set email = replace(email, '@demo.test', ${`@demo${k}.test`}) where email like '%@demo.test'`,
    );
    await db.execute(
      sql`update external_people set email = replace(email, '@example.test', ${`@example${k}.test`})
          where email like '%@example.test'`,
    );
    await db.execute(
      sql`update programs set name = name || ${` (copy ${k})`} where name not like '% (copy %)'`,
    );
  }
  // A steady-state database: autovacuum has run, statistics are fresh.
  await db.execute(sql`vacuum analyze`);
  const [counts] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*)::int from users) as users, (select count(*)::int from participants) as participants,
               (select count(*)::int from programs) as programs, (select count(*)::int from matches) as pairs,
               (select count(*)::int from bookings) as bookings, (select count(*)::int from session_logs) as sessions,
               (select count(*)::int from external_people) as guests, (select count(*)::int from attendance) as attendance`,
  );
  return counts as Record<string, number>;
}

/** A port that was free a moment ago, for servers that print their URL from PORT. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process in MB (Linux /proc); undefined elsewhere. */
export function rssOf(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Node running a TypeScript entry through tsx (one process, so its pid is the server's). */
export function spawnTs(entry: string, env: NodeJS.ProcessEnv, ipc = false): ChildProcess {
  // BENCH_CPU_PROF=<folder>: the child writes a V8 CPU profile there when it exits (open it in
  // Chrome DevTools), to see where a benchmark's time goes.
  const profile = process.env.BENCH_CPU_PROF;
  const flags = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  return spawn(process.execPath, [...flags, '--import', 'tsx', entry], {
    cwd: new URL('..', import.meta.url).pathname,
    env,
    stdio: ipc ? ['ignore', 'ignore', 'inherit', 'ipc'] : ['ignore', 'ignore', 'inherit'],
  });
}

/** Polls `url` every 25 ms until it answers 200; rejects after `timeoutMs` or when `child` exits. */
export async function waitForOk(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** SIGTERM, then SIGKILL if the process has not exited within `graceMs`. */
export async function stop(child: ChildProcess, graceMs = 12_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
