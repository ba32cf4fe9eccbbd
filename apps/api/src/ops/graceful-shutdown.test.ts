import { openPostgres } from '@mentoring/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../test/factories.ts';
import { type OwnPostgres, ownPostgresUnavailable, startOwnPostgres } from '../test/own-postgres.ts';
import { type ServerProcess, startServerProcess } from '../test/server-process.ts';
import { startSmtpReceiver } from '../test/smtp.ts';

const unavailable = ownPostgresUnavailable();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM on the real server process. The in-flight request is held honestly: the test takes an
 * exclusive lock on the users table, so a sign-in waits inside PostgreSQL until the test lets go.
 * Needs its own PostgreSQL (a lock on the shared one could stall other test files): root only.
 */
describe.skipIf(unavailable)(
  `graceful shutdown on SIGTERM${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let pg15: OwnPostgres | undefined;
    let server: ServerProcess | undefined;
    let smtp: Awaited<ReturnType<typeof startSmtpReceiver>> | undefined;
    beforeAll(async () => {
      pg15 = await startOwnPostgres();
      smtp = await startSmtpReceiver();
      // SMTP_URL makes the server run its outbox worker, which shutdown must stop.
      server = await startServerProcess({ DATABASE_URL: pg15.url, SMTP_URL: smtp.url });
      await server.waitReady();
    }, 120_000);
    afterAll(async () => {
      await server?.destroy();
      await smtp?.close();
      await pg15?.destroy();
    }, 60_000);

    it('finishes the in-flight request, answers new ones 503, closes the worker and pool, exits 0 within 10 s', async () => {
      if (!pg15 || !server) throw new Error('setup failed');
      const { baseUrl } = server;
      const own = openPostgres({ url: pg15.url, maxConnections: 2 });
      const user = await createUser(own.db);
      const locker = await (own.pool as NonNullable<typeof own.pool>).connect();
      try {
        await locker.query('begin');
        await locker.query('lock table users in access exclusive mode');
        const inFlight = fetch(`${baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
          signal: AbortSignal.timeout(30_000),
        }).catch((error: Error) => error); // awaited below; never an unhandled rejection
        // Wait until the sign-in really waits for the lock inside the server's transaction.
        for (let i = 0; ; i++) {
          const { rows } = await locker.query('select count(*)::int as n from pg_locks where not granted');
          if (rows[0].n > 0) break;
          if (i > 100) throw new Error(`the sign-in never waited for the lock:\n${server.output()}`);
          await sleep(100);
        }

        server.child.kill('SIGTERM');
        const signalledAt = Date.now();
        // Probe with /healthz, which needs no database: a probe that reached the server before the
        // signal was handled must not get stuck behind the lock too.
        let refused: Response | undefined;
        for (let i = 0; i < 50 && !refused; i++) {
          const response = await fetch(`${baseUrl}/healthz`);
          if (response.status === 503) refused = response;
          else await sleep(50); // the signal is handled asynchronously
        }
        expect(refused?.status).toBe(503);
        expect(refused?.headers.get('content-type')).toContain('application/problem+json');
        expect(refused?.headers.get('connection')).toBe('close');
        expect(refused?.headers.get('retry-after')).toBe('5');
        expect(((await refused?.json()) as { code?: string } | undefined)?.code).toBe('shutting_down');
        const signIn = await fetch(`${baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
        });
        expect(signIn.status).toBe(503); // refused at the door, not queued behind the lock
        const ready = await fetch(`${baseUrl}/readyz`);
        expect(ready.status).toBe(503); // load balancers stop routing here while it drains
        expect(server.alive()).toBe(true); // still draining: the sign-in holds it open

        await locker.query('rollback'); // let the held request go
        const finished = await inFlight;
        if (finished instanceof Error) throw finished;
        expect(finished.status).toBe(200);
        expect(((await finished.json()) as { accessToken?: string }).accessToken).toBeTruthy();

        const exit = await Promise.race([server.exited, sleep(10_000).then(() => 'timeout' as const)]);
        expect(exit).toEqual({ code: 0, signal: null });
        expect(Date.now() - signalledAt).toBeLessThan(10_000);
        const messages = server.lines().map((line) => line.msg);
        const order = ['shutting down', 'outbox worker stopped', 'database closed'].map((m) =>
          messages.indexOf(m),
        );
        expect(
          order.every((index) => index >= 0),
          server.output().slice(-3000),
        ).toBe(true);
        expect(
          [...order].sort((a, b) => a - b),
          JSON.stringify(messages),
        ).toEqual(order);
        expect(server.lines().filter((line) => line.level >= 50)).toEqual([]); // no errors on the way out
      } finally {
        locker.release();
        await own.close();
      }
    }, 90_000);
  },
);
