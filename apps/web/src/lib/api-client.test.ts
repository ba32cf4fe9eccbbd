import type { Me, Session } from '@mentoring/contracts';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aMe, aProblem, aSession, problemInit } from '../testing/data.ts';
import { server } from '../testing/server.ts';
import { ApiError, api, REFRESH_LOCK, setTokenSource } from './api-client.ts';

/** A token source like the real session's: a token in memory, refreshed through /api/auth/refresh. */
function memoryTokens(initial: string | null) {
  let token = initial;
  const source = {
    getAccessToken: () => token,
    refresh: vi.fn(async () => {
      try {
        token = (await api.post<Session>('/api/auth/refresh', undefined, { auth: false })).accessToken;
        return token;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    }),
  };
  setTokenSource(source);
  return source;
}

/** /api/me answers only to the fresh token; /api/auth/refresh hands it out and counts the calls. */
function meAcceptingOnly(validToken: string) {
  const calls = { refresh: 0, me: 0 };
  server.use(
    http.post('/api/auth/refresh', async () => {
      calls.refresh += 1;
      // Stay in flight for a moment, so concurrent 401s really overlap with the refresh.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return HttpResponse.json<Session>(aSession({ accessToken: validToken }));
    }),
    http.get('/api/me', ({ request }) => {
      calls.me += 1;
      if (request.headers.get('authorization') !== `Bearer ${validToken}`) {
        return HttpResponse.json(aProblem(401, 'unauthenticated'), problemInit(401));
      }
      return HttpResponse.json<Me>(aMe());
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends the access token as a Bearer header', async () => {
    memoryTokens('good');
    const calls = meAcceptingOnly('good');
    await expect(api.get<Me>('/api/me')).resolves.toEqual(aMe());
    expect(calls).toEqual({ refresh: 0, me: 1 });
  });

  it('on a 401 refreshes once and retries the request with the new token', async () => {
    const tokens = memoryTokens('expired');
    const calls = meAcceptingOnly('fresh');
    await expect(api.get<Me>('/api/me')).resolves.toEqual(aMe());
    expect(calls).toEqual({ refresh: 1, me: 2 });
    expect(tokens.getAccessToken()).toBe('fresh');
  });

  it('concurrent 401s share one refresh', async () => {
    const tokens = memoryTokens('expired');
    const calls = meAcceptingOnly('fresh');
    const results = await Promise.all([
      api.get<Me>('/api/me'),
      api.get<Me>('/api/me'),
      api.get<Me>('/api/me'),
    ]);
    expect(results).toEqual([aMe(), aMe(), aMe()]);
    expect(calls.refresh).toBe(1);
    expect(tokens.refresh).toHaveBeenCalledTimes(1);
    expect(calls.me).toBe(6);
  });

  it('takes the Web Lock so that two tabs never refresh at once', async () => {
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => callback());
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    memoryTokens('expired');
    meAcceptingOnly('fresh');
    await api.get<Me>('/api/me');
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]?.[0]).toBe(REFRESH_LOCK);
  });

  it('gives up after one refresh: a second 401 rejects with the ApiError', async () => {
    memoryTokens('expired');
    const calls = meAcceptingOnly('never-issued');
    server.use(
      http.post('/api/auth/refresh', () => {
        calls.refresh += 1;
        return HttpResponse.json(aProblem(401, 'session_ended'), problemInit(401));
      }),
    );
    const error = await api.get<Me>('/api/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(calls).toEqual({ refresh: 1, me: 1 });
  });

  it('parses problem+json into status, code and field errors', async () => {
    memoryTokens('good');
    server.use(
      http.post('/api/me/password', () =>
        HttpResponse.json(
          aProblem(400, 'validation_failed', {
            errors: [
              { path: 'body.newPassword', message: 'Too small: expected string to have >=10 characters' },
            ],
          }),
          problemInit(400),
        ),
      ),
    );
    const error = await api
      .post('/api/me/password', { currentPassword: 'a', newPassword: 'b' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', requestId: 'req-1' });
    expect((error as ApiError).fieldErrors).toEqual({
      newPassword: 'Too small: expected string to have >=10 characters',
    });
  });

  it('turns a failed connection into a network ApiError (status 0)', async () => {
    memoryTokens('good');
    server.use(http.get('/api/me', () => HttpResponse.error()));
    const error = await api.get('/api/me').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });
});
