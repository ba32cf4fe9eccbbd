import type { CreatedInvitation, CreateInvitationBody } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { anInvitation, aProblem, aProgram, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { InviteForm } from './invite-form.tsx';

const programId = aProgram().id;
const inviteUrl = 'http://localhost:3000/invite/tok_0123456789abcdefghijklmnop';
let bodies: CreateInvitationBody[] = [];

beforeEach(() => {
  bodies = [];
  server.use(
    http.post(`/api/programs/${programId}/invitations`, async ({ request }) => {
      const body = (await request.json()) as CreateInvitationBody;
      bodies.push(body);
      return HttpResponse.json<CreatedInvitation>(
        { invitation: anInvitation({ ...body }), inviteUrl },
        { status: 201 },
      );
    }),
  );
});

async function fillAndSend(name: string, email: string, role?: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByLabelText('Nimi'));
  await user.paste(name);
  await user.click(screen.getByLabelText('Sähköposti'));
  await user.paste(email);
  if (role) await user.click(screen.getByRole('radio', { name: role }));
  await user.click(screen.getByRole('button', { name: 'Luo kutsu' }));
  return user;
}

describe('InviteForm', () => {
  it('creates the invitation, shows its link and copies it, saying so', async () => {
    renderWithProviders(<InviteForm programId={programId} />);
    const user = await fillAndSend(' Matti Mentori ', 'matti@example.test', 'Mentori');

    const link = await screen.findByLabelText('Kutsulinkki, Matti Mentori');
    expect((link as HTMLInputElement).value).toBe(inviteUrl);
    expect(link.hasAttribute('readonly')).toBe(true);
    expect(bodies).toEqual([{ name: 'Matti Mentori', email: 'matti@example.test', role: 'mentor' }]);
    expect(screen.getByText(/Kutsu luotu: Matti Mentori \(matti@example.test\)/)).toBeTruthy();
    // The form is empty again for the next person.
    expect((screen.getByLabelText('Nimi') as HTMLInputElement).value).toBe('');

    await user.click(screen.getByRole('button', { name: 'Kopioi linkki' }));
    // user-event puts a clipboard stub in place of the browser's.
    expect(await navigator.clipboard.readText()).toBe(inviteUrl);
    await waitFor(() => expect(screen.getByText('Linkki kopioitu leikepöydälle.')).toBeTruthy());
  });

  it('checks name and email before sending', async () => {
    renderWithProviders(<InviteForm programId={programId} />);
    await fillAndSend('Aino', 'aino@');
    expect(await screen.findByText('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.')).toBeTruthy();
    expect(bodies).toEqual([]);
  });

  it('says next to the email field when the person is already in the program', async () => {
    server.use(
      http.post(`/api/programs/${programId}/invitations`, () =>
        HttpResponse.json(aProblem(409, 'already_member'), problemInit(409)),
      ),
    );
    renderWithProviders(<InviteForm programId={programId} />);
    await fillAndSend('Aino Aktori', 'aino@example.test');
    expect(await screen.findByText('Tämä henkilö on jo ohjelman osallistuja.')).toBeTruthy();
    expect(screen.getByLabelText('Sähköposti').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText(/Kutsulinkki/)).toBeNull();
  });
});
