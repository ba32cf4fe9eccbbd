import type { Booking, Slots } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aBooking, actor, aSlot, mentor, programId, thisWeekAt } from '../testing/fixtures.ts';
import { MeetingList } from './meeting-list.tsx';

const coming = aBooking();
const past = aBooking({
  id: 'c0c0c0c0-1111-4222-8333-444444444444',
  startsAt: '2026-10-01T07:00:00Z',
  endsAt: '2026-10-01T08:00:00Z',
  agenda: 'Budjetti ja aikataulu',
});

// jsdom has no CSS.escape; react-aria's modal uses it to look up a CSP nonce.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, { CSS: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } });
}

function serveBookings(bookings: Booking[]) {
  server.use(http.get('/api/bookings', () => HttpResponse.json<Booking[]>(bookings)));
}

async function comingCard() {
  const section = await screen.findByRole('region', { name: 'Tulevat tapaamiset' });
  return within(section).getByRole('article', { name: mentor.name });
}

describe('meetings', () => {
  it('lists coming and past meetings with the other person, time zone and topic', async () => {
    serveBookings([
      past,
      coming,
      aBooking({ id: 'd0d0d0d0-1111-4222-8333-444444444444', programId: 'other' }),
    ]);
    renderWithProviders(<MeetingList programId={programId} viewerId={actor.id} />);
    const card = await comingCard();
    expect(within(card).getByText('Mentorisi')).toBeTruthy();
    expect(within(card).getByText('Vahvistettu')).toBeTruthy();
    expect(within(card).getByText('Apurahahakemuksen luonnos')).toBeTruthy();
    const pastSection = screen.getByRole('region', { name: 'Menneet ja perutut' });
    expect(within(pastSection).getByText('Budjetti ja aikataulu')).toBeTruthy();
    // Past meetings cannot be moved; another program's meeting is not shown.
    expect(within(pastSection).queryByRole('button', { name: 'Siirrä' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(2);
  });

  it('moves a meeting to a new time picked from the same slot picker', async () => {
    serveBookings([coming]);
    const slot = aSlot(thisWeekAt(4, 14));
    let body: unknown;
    server.use(
      http.get(`/api/mentors/${mentor.id}/slots`, () =>
        HttpResponse.json<Slots>({
          mentorId: mentor.id,
          timeZone: 'Europe/Helsinki',
          length: 60,
          lengths: [60],
          slots: [slot],
        }),
      ),
      http.post(`/api/bookings/${coming.id}/reschedule`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json<Booking>({ ...coming, startsAt: slot.start, endsAt: slot.end, sequence: 1 });
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MeetingList programId={programId} viewerId={actor.id} />);
    await user.click(within(await comingCard()).getByRole('button', { name: 'Siirrä' }));
    await user.click(await screen.findByRole('button', { name: /14\.00–15\.00/ }));
    await user.click(screen.getByRole('button', { name: /^Siirrä aikaan/ }));
    expect(await screen.findByText(/Tapaaminen on siirretty aikaan/)).toBeTruthy();
    expect(body).toEqual({ startsAt: slot.start, length: 60 });
  });

  it("cancels with a reason, and shows the program's limit when it is too late", async () => {
    serveBookings([coming]);
    const reasons: unknown[] = [];
    server.use(
      http.post(`/api/bookings/${coming.id}/cancel`, async ({ request }) => {
        reasons.push(await request.json());
        return HttpResponse.json(
          aProblem(409, 'too_late_to_change', {
            detail: 'Meetings can be changed up to 48 hours before they start. Contact your mentor.',
          }),
          { status: 409 },
        );
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<MeetingList programId={programId} viewerId={actor.id} />);
    await user.click(within(await comingCard()).getByRole('button', { name: 'Peru' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Perutaanko tapaaminen?' });
    await user.type(within(dialog).getByLabelText(/^Syy/), 'Sairastuin');
    await user.click(within(dialog).getByRole('button', { name: 'Peru tapaaminen' }));
    expect(await within(dialog).findByText(/viimeistään 48 tuntia ennen/)).toBeTruthy();
    expect(reasons).toEqual([{ reason: 'Sairastuin' }]);
  });
});
