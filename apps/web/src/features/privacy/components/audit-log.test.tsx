import type { AdminUser, AuditEntry } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import '../testing/css-escape.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { AuditLog } from './audit-log.tsx';

const aino: AdminUser = {
  id: '7a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Aino Aktori',
  email: 'aino@example.test',
  isActive: true,
  erasedAt: null,
};
const coordinator = { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', name: 'Kaisa Koordinaattori' };

function anEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: crypto.randomUUID(),
    at: '2026-11-20T10:15:00.000Z',
    action: 'profile.read',
    actor: coordinator,
    subject: { id: aino.id, name: aino.name },
    objectType: null,
    objectId: null,
    programId: null,
    details: {},
    ...overrides,
  };
}

function problem(status: number, code: string) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Conflict', status, code, requestId: 'r-1' },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );
}

describe('audit log', () => {
  it('lists entries, filters by a person found by name, and erases them after confirming', async () => {
    const asked: (string | null)[] = [];
    let erased = 0;
    server.use(
      http.get('/api/admin/audit', ({ request }) => {
        const subjectId = new URL(request.url).searchParams.get('subjectId');
        asked.push(subjectId);
        return HttpResponse.json<AuditEntry[]>(
          subjectId
            ? [anEntry({ action: 'session.read' })]
            : [anEntry(), anEntry({ action: 'retention.purge', actor: null, subject: null })],
        );
      }),
      http.get('/api/admin/users', ({ request }) =>
        HttpResponse.json<AdminUser[]>(new URL(request.url).searchParams.get('q') === 'aino' ? [aino] : []),
      ),
      http.post(`/api/admin/users/${aino.id}/erase`, () => {
        erased++;
        return HttpResponse.json({
          userId: aino.id,
          erasedAt: '2026-11-28T10:00:00.000Z',
          tables: { users: 1 },
        });
      }),
    );
    renderWithProviders(<AuditLog />);
    const table = await screen.findByRole('table', { name: 'Lokimerkinnät, uusin ensin' });
    expect(
      within(table).getByRole('row', { name: /Kaisa Koordinaattori Luki profiilin Aino Aktori/ }),
    ).toBeTruthy();
    expect(
      within(table).getByRole('row', { name: /Järjestelmä Säilytysajan päättyessä poistetut tekstit –/ }),
    ).toBeTruthy();

    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('searchbox', { name: 'Etsi henkilö' }), 'aino');
    await user.click(await screen.findByRole('button', { name: 'Näytä henkilön loki: Aino Aktori' }));
    await waitFor(() => expect(asked.at(-1)).toBe(aino.id));
    expect(await screen.findByRole('row', { name: /Luki parin tapaamiset/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Poista henkilön tiedot…' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Poistetaanko henkilön Aino Aktori tiedot pysyvästi?',
    });
    expect(within(dialog).getByText(/Tätä ei voi perua/)).toBeTruthy();
    expect(within(dialog).getByText(/Tilastot säilyvät/)).toBeTruthy();
    expect(erased).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Poista pysyvästi' }));
    expect(await screen.findByText('Henkilön tiedot on poistettu.')).toBeTruthy();
    expect(erased).toBe(1);
  }, 20_000);

  it("shows the server's refusal inside the dialog", async () => {
    server.use(
      http.get('/api/admin/audit', () => HttpResponse.json<AuditEntry[]>([])),
      http.get('/api/admin/users', () => HttpResponse.json<AdminUser[]>([aino])),
      http.post(`/api/admin/users/${aino.id}/erase`, () => problem(409, 'cannot_erase_self')),
    );
    renderWithProviders(<AuditLog />);
    expect(await screen.findByText('Ei lokimerkintöjä.')).toBeTruthy();
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByRole('searchbox', { name: 'Etsi henkilö' }), 'ai');
    await user.click(await screen.findByRole('button', { name: 'Näytä henkilön loki: Aino Aktori' }));
    await user.click(screen.getByRole('button', { name: 'Poista henkilön tiedot…' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'Poista pysyvästi' }));
    expect(await within(dialog).findByText('Et voi poistaa omia tietojasi tällä toiminnolla.')).toBeTruthy();
  });
});
