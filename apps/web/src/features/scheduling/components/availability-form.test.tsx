import type { Availability, AvailabilityBody } from '@mentoring/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { anAvailability, mentor } from '../testing/fixtures.ts';
import { AvailabilityForm } from './availability-form.tsx';

const url = `/api/mentors/${mentor.id}/availability`;

describe('availability', () => {
  it('shows the weekly hours on the grid, adds hours by the form and saves them', async () => {
    let saved: AvailabilityBody | undefined;
    server.use(
      http.get(url, () => HttpResponse.json<Availability>(anAvailability())),
      http.put(url, async ({ request }) => {
        saved = (await request.json()) as AvailabilityBody;
        return HttpResponse.json<Availability>({ ...anAvailability(), ...saved });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AvailabilityForm mentorId={mentor.id} />);

    const grid = await screen.findByRole('table', { name: 'Viikoittaiset vapaat tuntisi' });
    // Tuesday 9–12: three open hours, each saying so in text.
    expect(within(grid).getAllByText('vapaa')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Lisää viikoittainen aika' }));
    const end = screen.getByLabelText('Päättyy (rivi 2)');
    // jsdom empties a time input typed key by key (\"0\", \"08\" are not times): set it whole.
    fireEvent.change(end, { target: { value: '15:00' } });
    await user.click(screen.getByRole('checkbox', { name: '90 min' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna vapaat ajat' }));

    expect(await screen.findByText('Vapaat ajat tallennettu.')).toBeTruthy();
    expect(saved?.weeklyRules).toEqual([
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 1, start: '09:00', end: '15:00' },
    ]);
    expect(saved?.lengths).toEqual([60, 90]);
    expect(saved?.overrides).toEqual([{ date: '2026-12-24', intervals: [] }]);
    expect(saved?.minNoticeMinutes).toBe(24 * 60);
    expect(saved?.maxPerDay).toBeNull();
    expect(within(grid).getAllByText('vapaa')).toHaveLength(9);
  });

  it('marks the fields the API refused, and stops an end before the start before sending', async () => {
    let puts = 0;
    server.use(
      http.get(url, () => HttpResponse.json<Availability>(anAvailability())),
      http.put(url, () => {
        puts += 1;
        return HttpResponse.json(
          aProblem(400, 'invalid_availability', {
            errors: [
              { path: 'body.weeklyRules.0.start', message: 'Start must be a time HH:MM (00:00–23:59)' },
            ],
          }),
          { status: 400 },
        );
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<AvailabilityForm mentorId={mentor.id} />);

    const end = await screen.findByLabelText('Päättyy (rivi 1)');
    // jsdom empties a time input typed key by key (\"0\", \"08\" are not times): set it whole.
    fireEvent.change(end, { target: { value: '08:00' } });
    await user.click(screen.getByRole('button', { name: 'Tallenna vapaat ajat' }));
    expect(await screen.findByText(/Päättymisajan on oltava alkamisajan jälkeen/)).toBeTruthy();
    expect(puts).toBe(0);

    // jsdom empties a time input typed key by key (\"0\", \"08\" are not times): set it whole.
    fireEvent.change(end, { target: { value: '12:00' } });
    await user.click(screen.getByRole('button', { name: 'Tallenna vapaat ajat' }));
    expect(await screen.findByText('Tarkista tämä kenttä.')).toBeTruthy();
    expect(screen.getByText('Tarkista merkityt kentät.')).toBeTruthy();
    expect(puts).toBe(1);
  });
});
