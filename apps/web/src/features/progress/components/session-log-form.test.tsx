import type { Booking, CreateSessionBody } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import '../testing/css-escape.ts';
import { aBooking, aSessionLog, matchId, tags } from '../testing/fixtures.ts';
import { SessionLogForm } from './session-log-form.tsx';

function withBookings(bookings: Booking[] = []) {
  server.use(http.get('/api/bookings', () => HttpResponse.json(bookings)));
}

describe('session log form', () => {
  it('logs a session with topics, a private note and an action item, with sensible defaults', async () => {
    withBookings();
    let body: CreateSessionBody | undefined;
    server.use(
      http.post(`/api/matches/${matchId}/sessions`, async ({ request }) => {
        body = (await request.json()) as CreateSessionBody;
        return HttpResponse.json(aSessionLog(), { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SessionLogForm matchId={matchId} tags={tags} loggedBookingIds={new Set()} />);

    // Only topics are offered, not sectors; the private note says who sees it.
    expect(screen.queryByRole('checkbox', { name: 'Musiikki' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Rahoitus' }));
    await user.click(screen.getByRole('textbox', { name: 'Yhteinen yhteenveto' }));
    await user.paste('Budjetti kuntoon.');
    await user.click(screen.getByRole('textbox', { name: 'Oma muistiinpano – vain sinä näet tämän' }));
    await user.paste('Vaikutti väsyneeltä.');
    await user.click(screen.getByRole('button', { name: 'Lisää tehtävä' }));
    await user.click(screen.getByRole('textbox', { name: 'Tehtävä 1' }));
    await user.paste('Kysy kunnalta');
    await user.click(screen.getByRole('button', { name: 'Tallenna kirjaus' }));

    expect(await screen.findByText('Tapaaminen kirjattu.')).toBeTruthy();
    expect(body).toMatchObject({
      durationMinutes: 60,
      format: 'remote',
      topics: ['funding'],
      sharedSummary: 'Budjetti kuntoon.',
      privateNote: 'Vaikutti väsyneeltä.',
      actionItems: [{ text: 'Kysy kunnalta', owner: 'actor', dueOn: null }],
    });
    expect(body?.bookingId).toBeUndefined();
    expect(new Date(body?.heldAt ?? '').getTime()).toBeLessThan(Date.now());
    // The form is ready for the next session.
    expect((screen.getByRole('textbox', { name: 'Yhteinen yhteenveto' }) as HTMLTextAreaElement).value).toBe(
      '',
    );
  });

  it('offers held, unlogged bookings of this pair and sends the chosen one', async () => {
    const held = aBooking();
    withBookings([
      held,
      aBooking({ id: '0d0d0d0d-1b1b-4c2c-8d3d-4e4e4e4e4e4e', status: 'cancelled' }),
      aBooking({ id: '0e0e0e0e-1b1b-4c2c-8d3d-4e4e4e4e4e4e' }),
    ]);
    let body: CreateSessionBody | undefined;
    server.use(
      http.post(`/api/matches/${matchId}/sessions`, async ({ request }) => {
        body = (await request.json()) as CreateSessionBody;
        return HttpResponse.json(aSessionLog({ bookingId: held.id }), { status: 201 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <SessionLogForm
        matchId={matchId}
        tags={tags}
        loggedBookingIds={new Set(['0e0e0e0e-1b1b-4c2c-8d3d-4e4e4e4e4e4e'])}
      />,
    );
    await user.click(screen.getByRole('button', { name: /Mikä tapaaminen/ }));
    // The cancelled and the already logged bookings are not offered.
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    await user.click(screen.getAllByRole('option')[1] as HTMLElement);
    expect((screen.getByRole('textbox', { name: 'Kesto (min)' }) as HTMLInputElement).value).toBe('45');
    expect((screen.getByRole('radio', { name: 'Kasvokkain' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Tallenna kirjaus' }));
    expect(await screen.findByText('Tapaaminen kirjattu.')).toBeTruthy();
    expect(body).toMatchObject({ bookingId: held.id, durationMinutes: 45, format: 'in_person' });
  });

  it('stops an empty action item before sending, and shows the server’s field errors', async () => {
    withBookings();
    let posts = 0;
    server.use(
      http.post(`/api/matches/${matchId}/sessions`, () => {
        posts += 1;
        return HttpResponse.json(
          aProblem(400, 'validation_failed', {
            errors: [{ path: 'body.durationMinutes', message: 'Required' }],
          }),
          problemInit(400),
        );
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SessionLogForm matchId={matchId} tags={tags} loggedBookingIds={new Set()} />);
    await user.click(screen.getByRole('button', { name: 'Lisää tehtävä' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna kirjaus' }));
    const item = screen.getByRole('textbox', { name: 'Tehtävä 1' });
    expect(item.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Kirjoita tehtävä tai poista rivi.')).toBeTruthy();
    expect(document.activeElement).toBe(item);
    expect(posts).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Poista tehtävä 1' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna kirjaus' }));
    expect(await screen.findByText('Tarkista merkityt kentät.')).toBeTruthy();
    expect(posts).toBe(1);
    const duration = screen.getByRole('textbox', { name: 'Kesto (min)' });
    expect(duration.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Anna kesto minuutteina väliltä 5–600.')).toBeTruthy();
  });

  it('explains a meeting that is already logged', async () => {
    withBookings();
    server.use(
      http.post(`/api/matches/${matchId}/sessions`, () =>
        HttpResponse.json(aProblem(409, 'already_logged'), problemInit(409)),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SessionLogForm matchId={matchId} tags={tags} loggedBookingIds={new Set()} />);
    await user.click(screen.getByRole('button', { name: 'Tallenna kirjaus' }));
    const alert = await screen.findByText('Tämä tapaaminen on jo kirjattu.');
    expect(within(alert.closest('[role="alert"]') as HTMLElement).getByText(/jo kirjattu/)).toBeTruthy();
  });
});
