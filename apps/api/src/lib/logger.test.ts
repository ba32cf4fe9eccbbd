import { Writable } from 'node:stream';
import { openTestDatabase } from '@mentoring/db/testing';
import { describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createUser, TEST_PASSWORD } from '../test/factories.ts';
import { TEST_JWT_SECRET } from '../test/harness.ts';
import { loggerOptions } from './logger.ts';

describe('logs', () => {
  it('carry request ids and never a password or token', async () => {
    const database = await openTestDatabase(inject('dbTemplate'));
    let captured = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        captured += chunk;
        done();
      },
    });
    const app = await buildApp({
      database,
      jwtSecret: TEST_JWT_SECRET,
      logger: { ...(loggerOptions('trace') as object), stream },
    });
    try {
      const user = await createUser(database.db);
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const { accessToken } = login.json();
      const cookie = login.cookies.find((c) => c.name === 'mentoring_refresh')?.value ?? '';
      await app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: `Bearer ${accessToken}` },
      });
      await app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { mentoring_refresh: cookie } });
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: 'wrong-password-logged?' },
      });
      const secretLink = 'A'.repeat(43);
      await app.inject({ method: 'GET', url: `/api/invitations/${secretLink}` });
      await app.inject({
        method: 'POST',
        url: `/api/auth/password-reset/${secretLink}`,
        payload: { password: 'x' },
      });

      expect(captured).toContain(login.headers['x-request-id'] as string);
      // One line per request, written when it completes, with what an operator needs.
      const lines = captured
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { msg: string });
      const completed = lines.filter((line) => line.msg === 'request completed');
      expect(completed).toHaveLength(6);
      expect(completed[1]).toMatchObject({
        req: { method: 'GET', url: '/api/me' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      });
      expect(lines.filter((line) => line.msg === 'incoming request')).toEqual([]);
      for (const secret of [TEST_PASSWORD, 'wrong-password-logged?', accessToken, cookie, secretLink]) {
        expect(captured).not.toContain(secret);
      }
    } finally {
      await app.close();
      await database.close();
    }
  });
});
