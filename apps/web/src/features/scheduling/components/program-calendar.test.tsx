import type { Booking } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aBooking, programId, thisWeekAt } from '../testing/fixtures.ts';
import { ProgramCalendar } from './program-calendar.tsx';

const wednesday = thisWeekAt(2, 9);
const meetings = [
  aBooking({
    startsAt: wednesday.toISOString(),
    endsAt: new Date(wednesday.getTime() + 3_600_000).toISOString(),
  }),
  aBooking({
    id: 'e0e0e0e0-1111-4222-8333-444444444444',
    actorName: 'Eero Aktori',
    status: 'cancelled',
    startsAt: thisWeekAt(4, 13).toISOString(),
    endsAt: thisWeekAt(4, 14).toISOString(),
  }),
];

describe('program calendar', () => {
  it("shows the program's week by day and as a list, and asks for the next week", async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('/api/bookings', ({ request }) => {
        const query = new URL(request.url).searchParams;
        asked.push(query);
        return HttpResponse.json<Booking[]>(asked.length === 1 ? meetings : []);
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ProgramCalendar programId={programId} />);

    expect(await screen.findByText('1 tapaaminen tällä viikolla.')).toBeTruthy();
    expect(asked[0]?.get('programId')).toBe(programId);
    expect(screen.getByText('Helena Mentori – Aino Aktori')).toBeTruthy();
    expect(screen.getByText('Peruttu')).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Lista' }));
    const table = screen.getByRole('table', { name: 'Viikon tapaamiset' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'Eero Aktori' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Seuraava viikko' }));
    expect(await screen.findByText('Tällä viikolla ei ole tapaamisia.')).toBeTruthy();
    expect(Date.parse(asked[1]?.get('from') ?? '')).toBeGreaterThan(Date.parse(asked[0]?.get('from') ?? ''));
  });

  it('says so when the calendar cannot be loaded', async () => {
    server.use(
      http.get('/api/bookings', () => HttpResponse.json(aProblem(403, 'forbidden'), { status: 403 })),
    );
    renderWithProviders(<ProgramCalendar programId={programId} />);
    expect((await screen.findByRole('alert')).textContent).toContain('Tietojen lataaminen epäonnistui');
  });
});
