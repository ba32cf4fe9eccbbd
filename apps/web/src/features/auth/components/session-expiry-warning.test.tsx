import type { Session } from '@mentoring/contracts';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RequireAuth } from '../../../app/guards.tsx';
import { LoginRoute } from '../../../app/routes/login.tsx';
import { aSession } from '../../../testing/data.ts';
import { server } from '../../../testing/server.ts';
import { connectSession, resetSessionForTests, startSession } from '../session-store.ts';
import { IDLE_TIMEOUT_MS, IDLE_WARNING_MS } from '../use-idle-timeout.ts';
import '../../progress/testing/css-escape.ts';
import { SessionExpiryWarning } from './session-expiry-warning.tsx';

const MINUTE = 60_000;
let refreshes = 0;
let logouts = 0;

/** A signed-in page with the warning, behind the real guard, and the real login page. */
function startSignedIn() {
  resetSessionForTests();
  connectSession();
  // An access token that outlives the test: the only refresh is the one "stay signed in" asks for.
  startSession(aSession({ expiresIn: 3 * 3600 }));
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <RequireAuth>
            <p>Etusivu</p>
            <SessionExpiryWarning />
          </RequireAuth>
        ),
      },
      { path: '/login', element: <LoginRoute /> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

/** Moves the fake clock (timers and Date) inside act, as if the user had been away. */
function elapse(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

beforeEach(() => {
  refreshes = 0;
  logouts = 0;
  server.use(
    http.post('/api/auth/refresh', () => {
      refreshes += 1;
      return HttpResponse.json<Session>(aSession({ accessToken: `renewed-${refreshes}` }));
    }),
    http.post('/api/auth/logout', () => {
      logouts += 1;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  // shouldAdvanceTime: the clock also moves on its own, so Testing Library's polling still works.
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    shouldAdvanceTime: true,
  });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('session expiry warning', () => {
  it('appears shortly before an unattended session ends, as an alertdialog with focus on "stay"', async () => {
    startSignedIn();
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS - MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    elapse(MINUTE);
    const dialog = await screen.findByRole('alertdialog', { name: 'Istuntosi päättyy pian' });
    const description = document.getElementById(dialog.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toContain('Aikaa on 2 minuuttia.');
    const stay = screen.getByRole('button', { name: 'Pysy kirjautuneena' });
    await vi.waitFor(() => expect(document.activeElement).toBe(stay));
    expect(screen.getByRole('button', { name: 'Kirjaudu ulos' })).toBeTruthy();

    // The last minute counts down in seconds.
    elapse(IDLE_WARNING_MS - 30_000);
    expect(dialog.textContent).toContain('Aikaa on 30 sekuntia.');
  });

  it('is not shown while the app is in use', async () => {
    startSignedIn();
    elapse(20 * MINUTE);
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).keyboard('{Tab}');
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS - MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Etusivu')).toBeTruthy();
  });

  it('"stay signed in" renews the session with the server, hides the warning and restarts the wait', async () => {
    startSignedIn();
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(await screen.findByRole('button', { name: 'Pysy kirjautuneena' }));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    await vi.waitFor(() => expect(refreshes).toBe(1));
    // A full idle period again before the next warning, and still signed in.
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS - MINUTE);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Etusivu')).toBeTruthy();
    expect(logouts).toBe(0);
  });

  it('ignored, signs out on the server and explains why on the login page', async () => {
    const router = startSignedIn();
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS);
    await screen.findByRole('alertdialog');
    elapse(IDLE_WARNING_MS);

    expect(
      await screen.findByText(
        'Sinut kirjattiin ulos, koska et käyttänyt palvelua 30 minuuttiin. Kirjaudu uudelleen jatkaaksesi.',
      ),
    ).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(logouts).toBe(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('"sign out" signs out at once', async () => {
    startSignedIn();
    elapse(IDLE_TIMEOUT_MS - IDLE_WARNING_MS);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(await screen.findByRole('button', { name: 'Kirjaudu ulos' }));
    expect(await screen.findByText('Olet kirjautunut ulos.')).toBeTruthy();
    expect(logouts).toBe(1);
  });
});
