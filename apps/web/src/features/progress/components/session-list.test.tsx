import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { useSessions } from '../api/get-sessions.ts';
import { aSessionLog, matchId, tags } from '../testing/fixtures.ts';
import { SessionList } from './session-list.tsx';

/** The list as the pair page shows it: read from the query cache, so optimistic ticks show. */
function LiveSessionList() {
  const { data } = useSessions(matchId);
  return data ? <SessionList sessions={data} viewer="actor" tags={tags} /> : null;
}

const NOTE_LABEL = 'Oma muistiinpano – vain sinä näet tämän';

describe('session list', () => {
  it('shows the author their private note, labelled as theirs alone', () => {
    renderWithProviders(
      <SessionList sessions={[aSessionLog({ privateNote: 'Vain minulle.' })]} viewer="mentor" tags={tags} />,
    );
    expect(screen.getByRole('heading', { level: 4, name: NOTE_LABEL })).toBeTruthy();
    expect(screen.getByText('Vain minulle.')).toBeTruthy();
    expect(screen.getByText('Kävimme läpi apurahahaun aikataulun.')).toBeTruthy();
    expect(screen.getByText('Rahoitus')).toBeTruthy();
    // The mentor may tick any item; the reflection is read-only for them.
    expect(screen.getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByText('Aktori ei ole vielä kirjoittanut pohdintaa.')).toBeTruthy();
  });

  it('shows no private note where the API returns none, and lets the actor tick only their own items', async () => {
    let patched: unknown;
    server.use(
      http.patch('/api/action-items/:itemId', async ({ request, params }) => {
        patched = { id: params.itemId, ...((await request.json()) as object) };
        return HttpResponse.json({ ...aSessionLog().actionItems?.[0], done: true, overdue: false });
      }),
      http.get(`/api/matches/${matchId}/sessions`, () => HttpResponse.json([aSessionLog()])),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SessionList sessions={[aSessionLog()]} viewer="actor" tags={tags} />);
    expect(screen.queryByText(NOTE_LABEL)).toBeNull();

    // Overdue is said in words, not colour only.
    const own = screen.getByRole('checkbox', { name: 'Luonnostele hakemuksen budjetti' });
    expect(within(own.closest('li') as HTMLElement).getByText('Myöhässä')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Lähetä esimerkkihakemus' })).toBeNull();
    expect(screen.getByText('Tehty')).toBeTruthy();
    await user.click(own);
    await vi.waitFor(() =>
      expect(patched).toEqual({ id: '6f6f6f6f-1b1b-4c2c-8d3d-4e4e4e4e4e4e', done: true }),
    );
  });

  it('shows a tick at once, and takes it back with a message when the server refuses', async () => {
    let answer: (response: Response) => void = () => {};
    server.use(
      http.patch('/api/action-items/:itemId', () => new Promise<Response>((resolve) => (answer = resolve))),
      http.get(`/api/matches/${matchId}/sessions`, () => HttpResponse.json([aSessionLog()])),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<LiveSessionList />);
    const own = await screen.findByRole('checkbox', { name: 'Luonnostele hakemuksen budjetti' });
    expect((own as HTMLInputElement).checked).toBe(false);

    await user.click(own);
    // Ticked while the server has not answered yet, and no longer said to be late.
    await vi.waitFor(() => expect((own as HTMLInputElement).checked).toBe(true));
    expect(within(own.closest('li') as HTMLElement).queryByText('Myöhässä')).toBeNull();

    answer(
      HttpResponse.json(
        { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden', detail: 'No.' },
        { status: 403, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    await vi.waitFor(() =>
      expect(screen.getAllByRole('alert').some((alert) => alert.textContent !== '')).toBe(true),
    );
    await vi.waitFor(() =>
      expect(
        (screen.getByRole('checkbox', { name: 'Luonnostele hakemuksen budjetti' }) as HTMLInputElement)
          .checked,
      ).toBe(false),
    );
  });

  it('lets the actor write a reflection', async () => {
    let sent: unknown;
    server.use(
      http.post('/api/sessions/:sessionId/reflection', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(aSessionLog({ reflection: 'Opin paljon.' }));
      }),
      http.get(`/api/matches/${matchId}/sessions`, () => HttpResponse.json([aSessionLog()])),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<SessionList sessions={[aSessionLog()]} viewer="actor" tags={tags} />);
    await user.click(screen.getByRole('button', { name: /^Kirjoita pohdinta tapaamisesta/ }));
    await user.click(screen.getByRole('textbox', { name: /^Pohdintasi tapaamisesta/ }));
    await user.paste('Opin paljon.');
    await user.click(screen.getByRole('button', { name: 'Tallenna pohdinta' }));
    expect(await screen.findByText('Pohdinta tallennettu.')).toBeTruthy();
    expect(sent).toEqual({ reflection: 'Opin paljon.' });
  });

  it('shows coordinators when and what about, never the texts', () => {
    renderWithProviders(
      <SessionList
        sessions={[
          aSessionLog({ sharedSummary: null, privateNote: null, reflection: null, actionItems: null }),
        ]}
        viewer="coordinator"
        tags={tags}
      />,
    );
    expect(screen.getByText('Rahoitus')).toBeTruthy();
    expect(screen.getByText('60 min, Etänä')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Yhteenveto' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Aktorin pohdinta' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
