import type { CreateEventBody, Event, SupervisionGroup } from '@mentoring/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { anEvent, now, programId } from '../testing/fixtures.ts';
import { ProgramEvents } from './program-events.tsx';

// jsdom has no CSS.escape; react-aria's modal uses it to look up a CSP nonce.
if (typeof CSS === 'undefined' || !CSS.escape) {
  Object.assign(globalThis, { CSS: { escape: (value: string) => value.replace(/["\\]/g, '\\$&') } });
}

describe('creating an event', () => {
  it('checks the times, then sends them as instants from the program zone', async () => {
    const posted: CreateEventBody[] = [];
    let events: Event[] = [];
    server.use(
      http.get('/api/events', () => HttpResponse.json<Event[]>(events)),
      http.get(`/api/programs/${programId}/supervision-groups`, () =>
        HttpResponse.json<SupervisionGroup[]>([]),
      ),
      http.post('/api/events', async ({ request }) => {
        const body = (await request.json()) as CreateEventBody;
        posted.push(body);
        const created = anEvent({ ...body, registered: 0 });
        events = [created];
        return HttpResponse.json<Event>(created, { status: 201 });
      }),
    );
    renderWithProviders(<ProgramEvents programId={programId} timeZone="Europe/Helsinki" manages now={now} />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('button', { name: 'Uusi tapahtuma' }));
    const dialog = screen.getByRole('dialog', { name: 'Uusi tapahtuma' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Otsikko' }), 'Verkostoilta');
    fireEvent.change(within(dialog).getByLabelText('Alkaa'), { target: { value: '2026-12-10T18:00' } });
    fireEvent.change(within(dialog).getByLabelText('Päättyy'), { target: { value: '2026-12-10T17:00' } });
    await user.type(within(dialog).getByRole('textbox', { name: 'Osallistujaraja' }), '0');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(within(dialog).getByText('Tapahtuman on päätyttävä alkamisen jälkeen.')).toBeTruthy();
    expect(within(dialog).getByText('Anna kokonaisluku 1–10 000 tai jätä tyhjäksi.')).toBeTruthy();
    expect(posted).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Päättyy'), { target: { value: '2026-12-10T21:00' } });
    await user.clear(within(dialog).getByRole('textbox', { name: 'Osallistujaraja' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Osallistujaraja' }), '25');
    await user.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Tapahtuma Verkostoilta luotiin.')).toBeTruthy();
    expect(posted).toEqual([
      {
        programId,
        type: 'workshop',
        title: 'Verkostoilta',
        description: '',
        startsAt: '2026-12-10T16:00:00.000Z',
        endsAt: '2026-12-10T19:00:00.000Z',
        location: '',
        capacity: 25,
        supervisionGroupId: null,
      },
    ]);
    expect(await screen.findByRole('article', { name: 'Verkostoilta' })).toBeTruthy();
  });
});
