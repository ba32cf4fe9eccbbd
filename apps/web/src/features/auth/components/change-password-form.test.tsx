import type { ChangePasswordBody, Session } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { aProblem, aSession, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { connectSession, resetSessionForTests } from '../session-store.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

/** Click into the field and paste: one input event instead of one per character keeps the suite fast. */
async function typeInto(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

let requests: ChangePasswordBody[] = [];

function answerWith(response: () => Response) {
  server.use(
    http.post('/api/me/password', async ({ request }) => {
      requests.push((await request.json()) as ChangePasswordBody);
      return response();
    }),
  );
}

async function fill(current: string, next: string, confirm: string) {
  const user = userEvent.setup({ delay: null });
  if (current) await typeInto(user, screen.getByLabelText('Nykyinen salasana'), current);
  if (next) await typeInto(user, screen.getByLabelText('Uusi salasana'), next);
  if (confirm) await typeInto(user, screen.getByLabelText('Uusi salasana uudelleen'), confirm);
  await user.click(screen.getByRole('button', { name: 'Vaihda salasana' }));
}

/** The text of the elements that describe a field: its hint and its error. */
function description(label: string): string {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

beforeEach(() => {
  requests = [];
  resetSessionForTests({ status: 'signed-in', user: aSession().user });
  connectSession();
  answerWith(() => HttpResponse.json<Session>(aSession({ accessToken: 'after-change' })));
});

describe('ChangePasswordForm', () => {
  it('requires every field', async () => {
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('', '', '');
    expect(await screen.findAllByText('Täytä tämä kenttä.')).toHaveLength(3);
    expect(requests).toEqual([]);
  });

  it('rejects a new password shorter than 10 characters, next to the field', async () => {
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('old password', 'short', 'short');
    await waitFor(() =>
      expect(description('Uusi salasana')).toContain('Salasanassa on oltava vähintään 10 merkkiä.'),
    );
    expect(screen.getByLabelText('Uusi salasana').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([]);
  });

  it('rejects a confirmation that does not match', async () => {
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('old password', 'a long new passphrase', 'a long new passphrasf');
    await waitFor(() => expect(description('Uusi salasana uudelleen')).toContain('Salasanat eivät täsmää.'));
    expect(requests).toEqual([]);
  });

  it('shows a wrong current password next to that field and announces it', async () => {
    answerWith(() => HttpResponse.json(aProblem(400, 'wrong_password'), problemInit(400)));
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('not my password', 'a long new passphrase', 'a long new passphrase');

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nykyinen salasana on väärin.'));
    expect(description('Nykyinen salasana')).toContain('Nykyinen salasana on väärin.');
    expect(screen.getByLabelText('Nykyinen salasana').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([{ currentPassword: 'not my password', newPassword: 'a long new passphrase' }]);
  });

  it('shows a too-common new password next to the new-password field', async () => {
    answerWith(() => HttpResponse.json(aProblem(400, 'password_too_common'), problemInit(400)));
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('my password', 'password123', 'password123');
    await waitFor(() => expect(description('Uusi salasana')).toMatch(/liian yleinen/));
  });

  it('announces success politely and empties the fields', async () => {
    renderWithProviders(<ChangePasswordForm email="maija@example.test" />);
    await fill('my password', 'a long new passphrase', 'a long new passphrase');
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Salasana vaihdettu. Muut istuntosi on kirjattu ulos.',
      ),
    );
    expect((screen.getByLabelText('Uusi salasana') as HTMLInputElement).value).toBe('');
  });
});
