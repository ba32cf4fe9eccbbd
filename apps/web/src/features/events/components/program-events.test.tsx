import type { Event, SupervisionGroup } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { anEvent, eventId, now, programId } from '../testing/fixtures.ts';
import { ProgramEvents, splitEvents } from './program-events.tsx';

const held = anEvent({
  id: 'e0e0e0e0-0000-4000-8000-000000000002',
  type: 'workshop',
  title: 'Työpaja: tavoitteet näkyviksi',
  startsAt: '2026-11-07T11:00:00Z',
  endsAt: '2026-11-07T14:00:00Z',
  capacity: 40,
  registered: 0,
  attended: 29,
});

function serve(events: Event[]) {
  let listed = 0;
  server.use(
    http.get('/api/events', ({ request }) => {
      expect(new URL(request.url).searchParams.get('programId')).toBe(programId);
      listed++;
      return HttpResponse.json<Event[]>(events);
    }),
    http.get(`/api/programs/${programId}/supervision-groups`, () =>
      HttpResponse.json<SupervisionGroup[]>([]),
    ),
  );
  return { listed: () => listed };
}

function card(title: string) {
  return screen.getByRole('article', { name: title });
}

describe('program events', () => {
  it('splits events into upcoming (soonest first) and past (latest first) by their end', () => {
    const later = anEvent({ id: 'x', startsAt: '2026-12-10T07:00:00Z', endsAt: '2026-12-10T08:00:00Z' });
    const { upcoming, past } = splitEvents([held, anEvent(), later], now);
    expect(upcoming.map((e) => e.id)).toEqual([eventId, 'x']);
    expect(past.map((e) => e.id)).toEqual([held.id]);
  });

  it("organisation scope: lists only the organisation's events, and an administrator's check-list link leaves the program", async () => {
    server.use(
      http.get('/api/events', ({ request }) => {
        // No program: the API answers the organisation's events and those of my programs.
        expect(new URL(request.url).searchParams.get('programId')).toBeNull();
        return HttpResponse.json<Event[]>([
          anEvent({ programId: null, title: 'Verkoston työpaja' }),
          anEvent({ id: 'e0e0e0e0-0000-4000-8000-000000000009', title: 'Ohjelman kahvit' }),
        ]);
      }),
    );
    renderWithProviders(<ProgramEvents programId={null} timeZone="Europe/Helsinki" manages now={now} />);
    const shared = await screen.findByRole('article', { name: 'Verkoston työpaja' });
    expect(screen.queryByRole('article', { name: 'Ohjelman kahvit' })).toBeNull();
    expect(
      within(shared)
        .getByRole('link', { name: /Osallistujalista/ })
        .getAttribute('href'),
    ).toBe(`/events/${eventId}`);
    // No supervision groups outside a program.
    expect(screen.queryByRole('heading', { name: 'Työnohjausryhmät' })).toBeNull();
  });

  it('shows time in the program zone, place and seats, and signs up with a message', async () => {
    serve([held, anEvent()]);
    server.use(
      http.put(`/api/events/${eventId}/registration`, () =>
        HttpResponse.json<Event>(anEvent({ registered: 12, myRegistration: true })),
      ),
    );
    renderWithProviders(
      <ProgramEvents programId={programId} timeZone="Europe/Helsinki" manages={false} now={now} />,
    );
    const coffee = await screen.findByRole('article', { name: 'Verkostokahvit' });
    expect(within(coffee).getByText('Verkostokahvit', { selector: 'p' })).toBeTruthy();
    expect(within(coffee).getByText('pe 4.12.2026 09.00–10.00 (UTC+2)')).toBeTruthy();
    expect(within(coffee).getByText('Kahvila Runo, Tampere')).toBeTruthy();
    expect(within(coffee).getByText('1 paikka vapaana (12 paikkaa)')).toBeTruthy();
    // The held workshop is past: attendance instead of sign-up, and no button.
    const workshop = card('Työpaja: tavoitteet näkyviksi');
    expect(within(workshop).queryByRole('button')).toBeNull();
    expect(within(workshop).getByText('29')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uusi tapahtuma' })).toBeNull();

    const user = userEvent.setup({ delay: null });
    await user.click(within(coffee).getByRole('button', { name: 'Ilmoittaudu' }));
    expect(await screen.findByText('Ilmoittauduit tapahtumaan Verkostokahvit.')).toBeTruthy();
    expect(within(card('Verkostokahvit')).getByText('Olet ilmoittautunut.')).toBeTruthy();
    expect(within(card('Verkostokahvit')).getByText('Täynnä (12 paikkaa)')).toBeTruthy();
    expect(
      within(card('Verkostokahvit')).getByRole('button', { name: 'Peru ilmoittautuminen' }),
    ).toBeTruthy();
  });

  it('says so when the last seat went to someone else, and fetches the seats again', async () => {
    const calls = serve([anEvent()]);
    server.use(
      http.put(`/api/events/${eventId}/registration`, () =>
        HttpResponse.json(aProblem(409, 'event_full'), problemInit(409)),
      ),
    );
    renderWithProviders(
      <ProgramEvents programId={programId} timeZone="Europe/Helsinki" manages={false} now={now} />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Ilmoittaudu' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tapahtuma on täynnä. Et voi enää ilmoittautua.',
    );
    await waitFor(() => expect(calls.listed()).toBe(2));
  });

  it('tells an event that is over from one that is full', async () => {
    serve([anEvent()]);
    server.use(
      http.put(`/api/events/${eventId}/registration`, () =>
        HttpResponse.json(aProblem(409, 'event_past'), problemInit(409)),
      ),
    );
    renderWithProviders(
      <ProgramEvents programId={programId} timeZone="Europe/Helsinki" manages={false} now={now} />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Ilmoittaudu' }));
    expect(await screen.findByText('Tapahtuma on jo ohi, joten ilmoittautuminen on suljettu.')).toBeTruthy();
  });

  it('gives coordinators the check-list, edit, delete, a new event and supervision groups', async () => {
    serve([held]);
    renderWithProviders(<ProgramEvents programId={programId} timeZone="Europe/Helsinki" manages now={now} />);
    const workshop = await screen.findByRole('article', { name: 'Työpaja: tavoitteet näkyviksi' });
    expect(within(workshop).getByRole('link', { name: 'Osallistujalista' }).getAttribute('href')).toBe(
      `/programs/${programId}/events/${held.id}`,
    );
    expect(within(workshop).getByRole('button', { name: 'Muokkaa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uusi tapahtuma' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Työnohjausryhmät' })).toBeTruthy();
  });
});
