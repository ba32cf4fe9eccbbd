import type { Me, UpdateMeBody } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { aMe, aUser } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { ProfileForm } from './profile-form.tsx';

describe('ProfileForm', () => {
  it('saves name and language, switches the UI language and says so politely', async () => {
    const patches: UpdateMeBody[] = [];
    server.use(
      http.patch('/api/me', async ({ request }) => {
        const body = (await request.json()) as UpdateMeBody;
        patches.push(body);
        return HttpResponse.json<Me>(aMe({ user: aUser({ ...body }) }));
      }),
    );
    renderWithProviders(<ProfileForm user={aUser()} />);
    const user = userEvent.setup({ delay: null });
    await user.clear(screen.getByLabelText('Nimi'));
    await user.click(screen.getByLabelText('Nimi'));
    await user.paste('  Maija Mentori ');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna tiedot' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Details saved.'));
    expect(patches).toEqual([{ name: 'Maija Mentori', locale: 'en' }]);
    expect(i18n.language).toBe('en');
  });

  it('does not send an empty name', async () => {
    renderWithProviders(<ProfileForm user={aUser()} />);
    const user = userEvent.setup({ delay: null });
    await user.clear(screen.getByLabelText('Nimi'));
    await user.click(screen.getByRole('button', { name: 'Tallenna tiedot' }));
    expect(await screen.findByText('Täytä tämä kenttä.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Nimi'));
  });
});
