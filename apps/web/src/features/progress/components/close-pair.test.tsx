import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aMatch, matchId } from '../testing/fixtures.ts';
import { ClosePair } from './close-pair.tsx';

function closure(body: object) {
  return {
    matchId,
    status: 'active',
    endedReason: null,
    continueMeeting: null,
    actorReflection: null,
    mentorReflection: null,
    ...body,
  };
}

describe('closing a pair', () => {
  it('asks the mentor why a pair ends early, then closes it with their reflection', async () => {
    let sent: unknown;
    server.use(
      http.post(`/api/matches/${matchId}/close`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(closure({ status: 'ended', endedReason: 'Aikataulut' }));
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ClosePair match={aMatch()} viewer="mentor" />);
    expect(screen.getByText('Tee ensin tavoitteiden loppuarvio.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Päätä pari' }));
    await user.click(screen.getByRole('radio', { name: 'Ennenaikaisesti' }));
    await user.click(screen.getByRole('button', { name: 'Päätä pari' }));
    expect(screen.getByText('Kerro, miksi pari päättyy ennenaikaisesti.')).toBeTruthy();
    expect(sent).toBeUndefined();

    await user.click(screen.getByRole('textbox', { name: 'Miksi pari päättyy ennenaikaisesti' }));
    await user.paste('Aikataulut');
    await user.click(screen.getByRole('textbox', { name: 'Päätöspohdinta' }));
    await user.paste('Hyvä vuosi.');
    await user.click(screen.getByRole('checkbox', { name: 'Aiomme jatkaa tapaamista ohjelman jälkeen' }));
    await user.click(screen.getByRole('button', { name: 'Päätä pari' }));
    expect(await screen.findByText('Pari on päätetty.')).toBeTruthy();
    expect(sent).toEqual({
      outcome: 'ended',
      endedReason: 'Aikataulut',
      reflection: 'Hyvä vuosi.',
      continueMeeting: true,
    });
  });

  it('lets the actor leave only their closing reflection', async () => {
    let sent: unknown;
    server.use(
      http.post(`/api/matches/${matchId}/close`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(closure({ actorReflection: 'Kiitos.' }));
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ClosePair match={aMatch()} viewer="actor" />);
    await user.click(screen.getByRole('button', { name: 'Kirjoita päätöspohdinta' }));
    expect(screen.queryByRole('radio')).toBeNull();
    await user.click(screen.getByRole('textbox', { name: 'Päätöspohdinta' }));
    await user.paste('Kiitos.');
    await user.click(screen.getByRole('button', { name: 'Tallenna päätöspohdinta' }));
    expect(await screen.findByText('Päätöspohdinta tallennettu.')).toBeTruthy();
    expect(sent).toEqual({ outcome: 'completed', reflection: 'Kiitos.', continueMeeting: false });
  });

  it('says how a closed pair ended instead of offering the form', () => {
    renderWithProviders(<ClosePair match={aMatch({ status: 'ended' })} viewer="mentor" />);
    expect(screen.getByText('Pari on päättynyt ennenaikaisesti.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
