import type { LoginBody, Session } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { aProblem, aSession, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { connectSession, resetSessionForTests, sessionStore } from '../session-store.ts';
import { LoginForm } from './login-form.tsx';

async function signIn(email: string, password: string) {
  const user = userEvent.setup({ delay: null });
  await typeInto(user, screen.getByLabelText('Sähköposti'), email);
  await typeInto(user, screen.getByLabelText('Salasana'), password);
  await user.click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
}

beforeEach(() => {
  resetSessionForTests();
  connectSession();
});

describe('LoginForm', () => {
  it('renders labelled email and password fields with autocomplete hints', () => {
    renderWithProviders(<LoginForm />);
    const email = screen.getByLabelText('Sähköposti');
    const password = screen.getByLabelText('Salasana');
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(email.getAttribute('aria-required')).toBe('true');
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByRole('button', { name: 'Kirjaudu sisään' })).toBeTruthy();
  });

  it('names the fields in English when English is chosen', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<LoginForm />);
    expect(screen.getByLabelText('Email')).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
  });

  it('on 401 shows one message for any wrong credential and moves focus to it', async () => {
    let sent: LoginBody | undefined;
    server.use(
      http.post('/api/auth/login', async ({ request }) => {
        sent = (await request.json()) as LoginBody;
        return HttpResponse.json(aProblem(401, 'invalid_credentials'), problemInit(401));
      }),
    );
    renderWithProviders(<LoginForm />);
    await signIn('maija@example.test', 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Sähköpostiosoite tai salasana on väärin.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(sent).toEqual({ email: 'maija@example.test', password: 'wrong password' });
    expect(sessionStore.getState().status).toBe('signed-out');
  });

  it('on 429 asks to try again later', async () => {
    server.use(
      http.post('/api/auth/login', () =>
        HttpResponse.json(aProblem(429, 'too_many_attempts'), problemInit(429)),
      ),
    );
    renderWithProviders(<LoginForm />);
    await signIn('maija@example.test', 'whatever');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Liian monta kirjautumisyritystä/);
  });

  it('reports a network failure as such', async () => {
    server.use(http.post('/api/auth/login', () => HttpResponse.error()));
    renderWithProviders(<LoginForm />);
    await signIn('maija@example.test', 'whatever');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Palveluun ei saatu yhteyttä/);
  });

  it('checks the fields before sending anything', async () => {
    let requests = 0;
    server.use(
      http.post('/api/auth/login', () => {
        requests += 1;
        return HttpResponse.json<Session>(aSession());
      }),
    );
    renderWithProviders(<LoginForm />);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Kirjaudu sisään' }));
    expect(await screen.findAllByText('Täytä tämä kenttä.')).toHaveLength(2);
    expect(screen.getByLabelText('Sähköposti').getAttribute('aria-invalid')).toBe('true');
    // Focus goes to the first field to fix.
    expect(document.activeElement).toBe(screen.getByLabelText('Sähköposti'));
    expect(requests).toBe(0);
  });

  it('starts the session on success', async () => {
    server.use(http.post('/api/auth/login', () => HttpResponse.json<Session>(aSession())));
    renderWithProviders(<LoginForm />);
    await signIn('maija@example.test', 'demo-mentoring');
    await waitFor(() => expect(sessionStore.getState()).toMatchObject({ status: 'signed-in' }));
  });
});
/** Click into the field and paste: one input event instead of one per character keeps the suite fast. */
async function typeInto(user: UserEvent, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}
