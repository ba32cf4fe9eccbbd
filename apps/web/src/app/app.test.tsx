import type { Me, Session, UpdateMeBody } from '@mentoring/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { connectSession, resetSessionForTests, restoreSession } from '../features/auth/session-store.ts';
import { aMe, aProblem, aProgram, aProgramSummary, aSession, aUser, problemInit } from '../testing/data.ts';
import { server } from '../testing/server.ts';
import { AppProvider } from './provider.tsx';
import { routes } from './router.tsx';

function startApp(path: string) {
  resetSessionForTests({ status: 'restoring' });
  connectSession();
  void restoreSession();
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

const coordinator = aUser({ name: 'Kaisa Koordinaattori' });
const coordinatorMe: Me = {
  user: coordinator,
  memberships: [
    { role: 'coordinator', program: aProgram() },
    {
      role: 'mentor',
      program: aProgram({
        id: 'a8f1e7c2-0b3d-4e5f-8a9b-1c2d3e4f5a6b',
        name: 'Vanha ohjelma',
        archived: true,
      }),
    },
  ],
};

beforeEach(() => {
  server.use(http.get('/api/programs', () => HttpResponse.json([aProgramSummary()])));
});

describe('app shell', () => {
  it('sends a visitor without a session to login, then back where they were going, in their language', async () => {
    let refreshes = 0;
    server.use(
      http.post('/api/auth/refresh', () => {
        refreshes += 1;
        return HttpResponse.json(aProblem(401, 'session_ended'), problemInit(401));
      }),
      http.post('/api/auth/login', () =>
        HttpResponse.json<Session>(aSession({ user: aUser({ locale: 'en' }) })),
      ),
      http.get('/api/me', () => HttpResponse.json<Me>(aMe({ user: aUser({ locale: 'en' }) }))),
    );
    const router = startApp('/profile');

    expect(await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(document.documentElement.lang).toBe('fi');
    // Nothing hints at a refresh cookie in this browser, so no refresh bound to fail was sent.
    expect(refreshes).toBe(0);

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByLabelText('Sähköposti'));
    await user.paste('maija@example.test');
    await user.click(screen.getByLabelText('Salasana'));
    await user.paste('demo-mentoring');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/profile');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Profile – Mentoring');
  });

  it('restores the session, shows the role-aware home and saves a language switch to the profile', async () => {
    const patches: UpdateMeBody[] = [];
    server.use(
      http.post('/api/auth/refresh', () => HttpResponse.json<Session>(aSession({ user: coordinator }))),
      http.get('/api/me', () => HttpResponse.json<Me>(coordinatorMe)),
      http.patch('/api/me', async ({ request }) => {
        const body = (await request.json()) as UpdateMeBody;
        patches.push(body);
        return HttpResponse.json<Me>({ ...coordinatorMe, user: { ...coordinator, ...body } });
      }),
    );
    localStorage.setItem('mentoring.session', '1');
    startApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Hei, Kaisa Koordinaattori!' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(nav.textContent).toContain('Ohjelmat');
    expect(screen.getByRole('link', { name: 'Etusivu' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('1 koordinaattori, 8 mentoria ja 30 aktoria')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Arkistoidut ohjelmat' })).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('main');

    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Kaisa Koordinaattori!' }),
    ).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(patches).toEqual([{ locale: 'en' }]));
  });
});
