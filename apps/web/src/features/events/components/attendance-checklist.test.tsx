import type { AttendanceImportResult, AttendanceList } from '@mentoring/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { useAttendance } from '../api/attendance.ts';
import { anAttendanceList, eventId, people } from '../testing/fixtures.ts';
import { AttendanceChecklist, checklistRows } from './attendance-checklist.tsx';
import { AttendanceImport } from './attendance-import.tsx';

const base = `/api/events/${eventId}/attendance`;

/** The check-list as the route shows it: loaded, and loaded again after every change. */
function Loaded() {
  const list = useAttendance(eventId);
  return list.data ? <AttendanceChecklist eventId={eventId} list={list.data} /> : null;
}

function serve() {
  let list = anAttendanceList();
  const calls: string[] = [];
  server.use(
    http.get(base, () => HttpResponse.json<AttendanceList>(list)),
    http.put(`${base}/users/:userId`, ({ params }) => {
      calls.push(`PUT ${params.userId}`);
      const member = list.members.find((m) => m.userId === params.userId);
      list = {
        ...list,
        entries: [
          ...list.entries,
          {
            kind: 'user',
            personId: String(params.userId),
            name: member?.name ?? '',
            email: null,
            isStudent: false,
            registered: false,
            attended: true,
          },
        ],
      };
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${base}/users/:userId`, ({ params }) => {
      calls.push(`DELETE ${params.userId}`);
      list = {
        ...list,
        entries: list.entries.map((e) => (e.personId === params.userId ? { ...e, attended: false } : e)),
      };
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${base}/external/:personId`, ({ params }) => {
      calls.push(`DELETE external ${params.personId}`);
      list = { ...list, entries: list.entries.filter((e) => e.personId !== params.personId) };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return calls;
}

describe('attendance check-list', () => {
  it('lists everyone once: sign-ups and attendees, then the other members, by name', () => {
    expect(checklistRows(anAttendanceList(), 'fi').map((row) => [row.name, row.attended])).toEqual([
      [people.aino.name, true],
      [people.eero.name, false],
      [people.guest.name, true],
      [people.helena.name, false],
    ]);
  });

  it('ticks and unticks people, keeps the counts and filters by name', async () => {
    const calls = serve();
    renderWithProviders(<Loaded />);
    const user = userEvent.setup({ delay: null });
    expect(await screen.findByText('Ilmoittautuneita 1, paikalla 2.')).toBeTruthy();
    const aino = screen.getByRole('checkbox', { name: `${people.aino.name} (ilmoittautunut)` });
    expect((aino as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('checkbox', { name: `${people.guest.name} (vieras, opiskelija)` })).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: people.eero.name }));
    expect(await screen.findByText(`${people.eero.name} merkittiin paikalla olleeksi.`)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Ilmoittautuneita 1, paikalla 3.')).toBeTruthy());

    await user.click(aino);
    expect(await screen.findByText(`Merkintä poistettiin: ${people.aino.name}.`)).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Ilmoittautuneita 1, paikalla 2.')).toBeTruthy());
    expect(calls).toEqual([`PUT ${people.eero.id}`, `DELETE ${people.aino.id}`]);

    await user.type(screen.getByRole('searchbox', { name: 'Suodata nimellä' }), 'mentori');
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      people.helena.name,
    ]);
  });
});

describe('sign-in sheet import', () => {
  it('shows what was imported', async () => {
    server.use(
      http.post(`${base}/import`, async ({ request }) => {
        expect(await request.json()).toEqual({ csv: 'nimi,sähköposti,opiskelija\nGreta,,kyllä' });
        return HttpResponse.json<AttendanceImportResult>({
          added: 1,
          alreadyMarked: 0,
          matchedUsers: 0,
          externalPeople: 1,
          errors: [],
        });
      }),
    );
    renderWithProviders(<AttendanceImport eventId={eventId} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('textbox', { name: 'CSV-teksti' }));
    await user.paste('nimi,sähköposti,opiskelija\nGreta,,kyllä');
    await user.click(screen.getByRole('button', { name: 'Tuo osallistujat' }));
    expect(
      await screen.findByText(
        'Tuonti valmis: 1 uutta merkintää, 0 oli jo merkitty. Jäseniä tunnistettiin 0, vieraita 1.',
      ),
    ).toBeTruthy();
  });

  it('lists the lines to fix when the server refuses the sheet', async () => {
    server.use(
      http.post(`${base}/import`, () =>
        HttpResponse.json(
          aProblem(400, 'invalid_csv', {
            errors: [
              { path: 'body.csv.line3', message: 'bad_email' },
              { path: 'body.csv.line2', message: 'missing_name' },
            ],
          }),
          problemInit(400),
        ),
      ),
    );
    renderWithProviders(<AttendanceImport eventId={eventId} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Tuo osallistujat' }));
    expect(screen.getByText('Liitä CSV-teksti tai valitse tiedosto.')).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'CSV-teksti' }));
    await user.paste('nimi,sähköposti\n,a@b.fi\nPekka,rikki');
    await user.click(screen.getByRole('button', { name: 'Tuo osallistujat' }));
    const alert = await screen.findByText('Mitään ei tuotu. Korjaa nämä rivit ja yritä uudelleen:');
    const items = alert.parentElement?.querySelectorAll('li') ?? [];
    expect([...items].map((item) => item.textContent)).toEqual([
      'Rivi 2: nimi puuttuu',
      'Rivi 3: sähköpostiosoite on virheellinen',
    ]);
  });
});
