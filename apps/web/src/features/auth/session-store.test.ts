import type { Session } from '@mentoring/contracts';
import { waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aSession } from '../../testing/data.ts';
import { server } from '../../testing/server.ts';
import { connectSession, resetSessionForTests, sessionStore, startSession } from './session-store.ts';

beforeEach(() => {
  resetSessionForTests();
  connectSession();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('session store', () => {
  it('refreshes silently a minute before the access token expires', async () => {
    let refreshes = 0;
    server.use(
      http.post('/api/auth/refresh', () => {
        refreshes += 1;
        return HttpResponse.json<Session>(aSession({ accessToken: 'renewed' }));
      }),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    startSession(aSession({ expiresIn: 900 }));
    vi.advanceTimersByTime(838_000);
    expect(refreshes).toBe(0);
    vi.advanceTimersByTime(2_000);
    vi.useRealTimers();
    await waitFor(() => expect(refreshes).toBe(1));
  });

  it('follows a sign-out in another tab', () => {
    startSession(aSession());
    expect(localStorage.getItem('mentoring.session')).toBe('1');
    // What the other tab's sign-out looks like from here: the hint disappears.
    localStorage.removeItem('mentoring.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'mentoring.session', newValue: null }));
    expect(sessionStore.getState()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });
});
