import type { ImportReport, ImportRow } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { anImportReport, aProgram } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { ParticipantImport } from './participant-import.tsx';

const programId = aProgram().id;
const rows: ImportRow[] = [
  { line: 2, name: 'Maija Meikäläinen', email: 'maija@example.fi', role: 'aktori', verdict: 'valid' },
  { line: 3, name: 'Väärä Osoite', email: 'ei-osoite', role: 'mentori', verdict: 'bad_email' },
  {
    line: 4,
    name: 'Kaisa Koordinaattori',
    email: 'kaisa@example.fi',
    role: 'aktori',
    verdict: 'already_member',
  },
];

let requests: { dryRun: string | null; contentType: string | null; body: string }[] = [];

beforeEach(() => {
  requests = [];
  server.use(
    http.post(`/api/programs/${programId}/imports/participants`, async ({ request }) => {
      const dryRun = new URL(request.url).searchParams.get('dryRun');
      requests.push({ dryRun, contentType: request.headers.get('content-type'), body: await request.text() });
      return HttpResponse.json<ImportReport>(
        dryRun === 'true' ? anImportReport(rows) : anImportReport(rows, { dryRun: false, imported: 1 }),
      );
    }),
  );
});

function renderImport() {
  return renderWithProviders(<ParticipantImport programId={programId} invitationsHref="/invitations" />);
}

/** Finnish Excel's "CSV UTF-8": semicolons, a byte-order mark, CRLF line ends. */
const csv = '\uFEFFNimi;Sähköposti;Rooli\r\nMaija Meikäläinen;maija@example.fi;aktori\r\n';

describe('ParticipantImport', () => {
  it('previews a chosen file row by row with translated verdicts, then imports the valid rows', async () => {
    renderImport();
    const user = userEvent.setup({ delay: null });
    await user.upload(
      screen.getByLabelText('Valitse CSV-tiedosto'),
      new File([csv], 'osallistujat.csv', { type: 'text/csv' }),
    );

    const preview = await screen.findByRole('heading', { name: 'Esikatselu' });
    expect(document.activeElement).toBe(preview);
    // The file is sent as text/csv, decoded as UTF-8 (the BOM dropped, ä intact), and nothing is written yet.
    expect(requests).toEqual([
      {
        dryRun: 'true',
        contentType: 'text/csv',
        body: 'Nimi;Sähköposti;Rooli\r\nMaija Meikäläinen;maija@example.fi;aktori\r\n',
      },
    ]);
    const table = screen.getByRole('table', { name: 'Esikatselu' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.map((row) => row.lastElementChild?.textContent)).toEqual([
      'Kelvollinen',
      'Virheellinen sähköposti',
      'On jo osallistuja',
    ]);
    const counts = screen.getByRole('list', { name: 'Rivit tuloksittain' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Kelvollinen 1', 'On jo osallistuja 1', 'Virheellinen sähköposti 1']);

    await user.click(screen.getByRole('button', { name: 'Tuo 1 kelvollinen rivi' }));
    expect(await screen.findByRole('heading', { name: 'Tuonnin tulos' })).toBeTruthy();
    expect(screen.getByText('Tuonti valmis: 1 kutsu luotu.')).toBeTruthy();
    expect(requests.map((request) => request.dryRun)).toEqual(['true', 'false']);
    expect(requests[1]?.body).toBe(requests[0]?.body);
    expect(screen.queryByRole('button', { name: /Tuo \d/ })).toBeNull();
  });

  it('refuses a file that is not UTF-8 instead of sending garbled names', async () => {
    renderImport();
    // "Mäki" in Windows-1252: ä is the single byte 0xE4, which is not valid UTF-8.
    const latin1 = new Uint8Array([0x4d, 0xe4, 0x6b, 0x69, 0x3b, 0x61, 0x40, 0x62, 0x2e, 0x66, 0x69]);
    await userEvent
      .setup({ delay: null })
      .upload(
        screen.getByLabelText('Valitse CSV-tiedosto'),
        new File([latin1], 'vanha.csv', { type: 'text/csv' }),
      );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/ei ole UTF-8-muodossa/));
    expect(requests).toEqual([]);
  });
});
