import type { Booking, CreateBookingBody, Slots } from '@mentoring/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aBooking, aSlot, mentor, programId, thisWeekAt } from '../testing/fixtures.ts';
import { BookMeeting } from './book-meeting.tsx';

const first = aSlot(thisWeekAt(2, 10));
const second = aSlot(thisWeekAt(3, 13, 30));

function serveSlots(lists: Slots['slots'][]) {
  let calls = 0;
  server.use(
    http.get(`/api/mentors/${mentor.id}/slots`, ({ request }) => {
      const length = Number(new URL(request.url).searchParams.get('length'));
      const slots = lists[Math.min(calls, lists.length - 1)] ?? [];
      calls += 1;
      return HttpResponse.json<Slots>({
        mentorId: mentor.id,
        timeZone: 'Europe/Helsinki',
        length,
        lengths: [45, 60, 90],
        slots,
      });
    }),
  );
  return () => calls;
}

function renderBooking() {
  renderWithProviders(<BookMeeting programId={programId} mentorId={mentor.id} mentorName={mentor.name} />);
}

describe('booking a meeting', () => {
  it('books a free time in two clicks, with the agenda and a key that makes retries safe', async () => {
    serveSlots([[first, second]]);
    let sent: { body: CreateBookingBody; key: string | null } | undefined;
    server.use(
      http.post('/api/bookings', async ({ request }) => {
        const body = (await request.json()) as CreateBookingBody;
        sent = { body, key: request.headers.get('idempotency-key') };
        return HttpResponse.json<Booking>(aBooking({ startsAt: body.startsAt, agenda: body.agenda }), {
          status: 201,
        });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderBooking();

    expect(await screen.findByText('2 vapaata aikaa tällä viikolla.')).toBeTruthy();
    const slots = screen
      .getAllByRole('button', { pressed: false })
      .filter((b) => b.className === 'slot-button');
    expect(slots).toHaveLength(2);
    // The name says the whole date, time and zone, not just "10.00".
    expect(slots[0]?.getAttribute('aria-label')).toMatch(/10\.00–11\.00/);
    await user.click(slots[0] as HTMLElement);

    expect(await screen.findByRole('heading', { level: 2, name: 'Tapaamisen tiedot' })).toBe(
      document.activeElement,
    );
    await user.type(screen.getByLabelText('Mistä haluat puhua?'), 'Budjetti');
    await user.click(screen.getByRole('button', { name: 'Varaa' }));

    expect(await screen.findByText(/Tapaaminen mentorisi Helena Mentori kanssa on varattu/)).toBeTruthy();
    expect(sent?.body).toMatchObject({
      mentorId: mentor.id,
      startsAt: first.start,
      length: 60,
      agenda: 'Budjetti',
    });
    expect(sent?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(screen.getByRole('button', { name: 'Lisää kalenteriin (.ics)' })).toBeTruthy();
  });

  it('explains a time someone else just took, and shows the refreshed times', async () => {
    const calls = serveSlots([[first, second], [second]]);
    server.use(
      http.post('/api/bookings', () => HttpResponse.json(aProblem(409, 'slot_taken'), { status: 409 })),
    );
    const user = userEvent.setup({ delay: null });
    renderBooking();

    await user.click(await screen.findByRole('button', { name: /10\.00–11\.00/ }));
    await user.click(await screen.findByRole('button', { name: 'Varaa' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Joku ehti varata tämän ajan juuri äsken',
    );
    expect(await screen.findByText('1 vapaa aika tällä viikolla.')).toBeTruthy();
    expect(calls()).toBeGreaterThanOrEqual(2);
    expect(screen.queryByRole('button', { name: 'Varaa' })).toBeNull();
  });

  it('asks to try again when the mentor is busy with many bookings at once (503), keeping the choice', async () => {
    serveSlots([[first, second]]);
    server.use(
      http.post('/api/bookings', () => HttpResponse.json(aProblem(503, 'booking_busy'), { status: 503 })),
    );
    const user = userEvent.setup({ delay: null });
    renderBooking();

    await user.click(await screen.findByRole('button', { name: /10\.00–11\.00/ }));
    await user.click(await screen.findByRole('button', { name: 'Varaa' }));

    expect(await screen.findByText(/Yritä hetken päästä uudelleen/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Varaa' })).toBeTruthy();
  });
});
