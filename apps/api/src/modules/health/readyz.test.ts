import { openPostgres } from '@mentoring/db';
import { openTestDatabase, withDatabase } from '@mentoring/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { TEST_JWT_SECRET } from '../../test/harness.ts';
import { startTcpProxy } from '../../test/tcp-proxy.ts';

const template = inject('dbTemplate');

// Needs a database server to take away; runs in CI against PostgreSQL (TEST_DATABASE_URL).
describe.runIf(template.kind === 'postgres')('readiness during a database outage', () => {
  it('answers 503 while the database is unreachable and 200 again once it is back, without a restart', async () => {
    const own = await openTestDatabase(template);
    const url = new URL(own.pool?.options.connectionString ?? '');
    const proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    const poolErrors: Error[] = [];
    const proxied = new URL(withDatabase(url.toString(), url.pathname.slice(1)));
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);
    const database = openPostgres({ url: proxied.toString(), onPoolError: (e) => poolErrors.push(e) });
    const app = await buildApp({ database, jwtSecret: TEST_JWT_SECRET });
    try {
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);

      await proxy.cut(); // idle pooled connections die: the pool's error listener must absorb it
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(poolErrors.length).toBeGreaterThan(0);
      const down = await app.inject({ method: 'GET', url: '/readyz' });
      expect(down.statusCode).toBe(503);
      expect(down.headers['content-type']).toContain('application/problem+json');
      expect(down.json().code).toBe('database_unavailable');
      const me = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a@b.fi', password: 'x' },
      });
      expect(me.statusCode).toBe(503);

      await proxy.restore();
      expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
      await proxy.close();
      await own.close();
    }
  });
});
