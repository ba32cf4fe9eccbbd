import type {
  AcceptInvitationBody,
  InvitationPreview,
  Me,
  Participant,
  ProfileView,
  ProgramDetail,
  Session,
} from '@mentoring/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { connectSession, resetSessionForTests, sessionStore } from '../features/auth/session-store.ts';
import {
  aMe,
  anInvitationPreview,
  aProblem,
  aProfileView,
  aProgram,
  aProgramDetail,
  aSession,
  aUser,
  problemInit,
} from '../testing/data.ts';
import { server } from '../testing/server.ts';
import { AppProvider } from './provider.tsx';
import { routes } from './router.tsx';

const token = 'tok_0123456789abcdefghijklmnopqrstuv';
const program = aProgram();
const newUser = aUser({
  id: '6e5d4c3b-2a19-4f8e-9d7c-6b5a4f3e2d1c',
  name: 'Aino Aktori',
  email: 'aino@example.test',
});

function openInvite() {
  resetSessionForTests({ status: 'signed-out', reason: null });
  connectSession();
  const router = createMemoryRouter(routes, { initialEntries: [`/invite/${token}`] });
  render(
    <AppProvider queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

describe('invitation accept page', () => {
  it('creates an account with name and password, signs it in and lands on the program, welcomed', async () => {
    const accepts: { body: AcceptInvitationBody; authorization: string | null }[] = [];
    server.use(
      http.get(`/api/invitations/${token}`, () =>
        HttpResponse.json<InvitationPreview>(anInvitationPreview()),
      ),
      http.post(`/api/invitations/${token}/accept`, async ({ request }) => {
        accepts.push({
          body: (await request.json()) as AcceptInvitationBody,
          authorization: request.headers.get('authorization'),
        });
        return HttpResponse.json<{ programId: string; session: Session }>({
          programId: program.id,
          session: aSession({ accessToken: 'new-account', user: newUser }),
        });
      }),
      http.get('/api/me', () =>
        HttpResponse.json<Me>(aMe({ user: newUser, memberships: [{ role: 'actor', program }] })),
      ),
      http.get(`/api/programs/${program.id}`, () =>
        HttpResponse.json<ProgramDetail>(aProgramDetail({ myRole: 'actor' })),
      ),
      http.get('/api/profiles/me', () => HttpResponse.json<ProfileView>(aProfileView())),
      http.get(`/api/programs/${program.id}/participants`, () => HttpResponse.json<Participant[]>([])),
    );
    const router = openInvite();

    expect(await screen.findByRole('heading', { level: 1, name: 'Kutsu ohjelmaan' })).toBeTruthy();
    expect(
      await screen.findByText(
        'Aino Aktori, sinut on kutsuttu ohjelmaan Valmentava mentorointi 2022 (aktori).',
      ),
    ).toBeTruthy();
    expect((screen.getByLabelText('Nimi') as HTMLInputElement).value).toBe('Aino Aktori');

    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByLabelText('Uusi salasana'));
    await user.paste('kevätkukat ja kesäyöt');
    await user.click(screen.getByLabelText('Uusi salasana uudelleen'));
    await user.paste('kevätkukat ja kesäyöt');
    await user.click(screen.getByRole('button', { name: 'Luo tili ja liity ohjelmaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: program.name })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/programs/${program.id}`);
    expect(screen.getByText(`Tervetuloa ohjelmaan ${program.name}!`)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Täydennä profiilisi' }).length).toBeGreaterThan(0);
    expect(sessionStore.getState()).toMatchObject({ status: 'signed-in', user: { id: newUser.id } });
    expect(accepts).toEqual([
      { body: { name: 'Aino Aktori', password: 'kevätkukat ja kesäyöt' }, authorization: null },
    ]);
  });

  it('asks someone whose email already has an account to sign in first', async () => {
    server.use(
      http.get(`/api/invitations/${token}`, () =>
        HttpResponse.json<InvitationPreview>(anInvitationPreview({ accountExists: true })),
      ),
    );
    openInvite();
    const signIn = await screen.findByRole('link', { name: 'Kirjaudu sisään' });
    expect(signIn.getAttribute('href')).toBe('/login');
    expect(screen.getByText(/Osoitteella aino@example.test on jo tili/)).toBeTruthy();
    expect(screen.queryByLabelText('Uusi salasana')).toBeNull();
  });

  it('explains a link that is no longer valid', async () => {
    server.use(
      http.get(`/api/invitations/${token}`, () =>
        HttpResponse.json(aProblem(404, 'invitation_not_valid'), problemInit(404)),
      ),
    );
    openInvite();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Kutsulinkki ei ole voimassa/));
  });
});
