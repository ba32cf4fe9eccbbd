import type { Match } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { actors, aMatch, mentors, programId } from '../testing/fixtures.ts';
import { MyPairs } from './my-pairs.tsx';

describe('my pair', () => {
  it("shows an actor their mentor, the pair's state and score, and the reasons in the UI language", async () => {
    server.use(http.get(`/api/programs/${programId}/matches`, () => HttpResponse.json<Match[]>([aMatch()])));
    renderWithProviders(<MyPairs programId={programId} viewerId={actors.aino.id} />);

    const card = (await screen.findByRole('heading', { level: 2, name: mentors.helena.name })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('Mentorisi')).toBeTruthy();
    expect(within(card).getByRole('link', { name: mentors.helena.name }).getAttribute('href')).toBe(
      `/programs/${programId}/people/${mentors.helena.id}`,
    );
    expect(within(card).getByText('Aktiivinen')).toBeTruthy();
    expect(within(card).getByText('72 / 100 pistettä')).toBeTruthy();
    expect(within(card).getByText('Sama ala: musiikki')).toBeTruthy();
    expect(within(card).getByText('Yhteinen kieli: suomi')).toBeTruthy();

    await i18n.changeLanguage('en');
    expect(await within(card).findByText('Same sector: music')).toBeTruthy();
    expect(within(card).getByText('Your mentor')).toBeTruthy();
  });

  it('shows a mentor each of their actors, and nothing they should not see', async () => {
    server.use(
      http.get(`/api/programs/${programId}/matches`, () =>
        HttpResponse.json<Match[]>([
          aMatch(),
          aMatch({
            id: '8b8b8b8b-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
            actorId: actors.eero.id,
            actorName: actors.eero.name,
            status: 'paused',
          }),
          aMatch({
            id: '7c7c7c7c-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
            actorId: actors.ville.id,
            actorName: actors.ville.name,
            status: 'ended',
          }),
        ]),
      ),
    );
    renderWithProviders(<MyPairs programId={programId} viewerId={mentors.helena.id} />);
    expect(await screen.findByRole('heading', { level: 2, name: actors.aino.name })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: actors.eero.name })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 2, name: actors.ville.name })).toBeNull();
    expect(screen.getAllByText('Aktorisi')).toHaveLength(2);
    expect(screen.getByText('Tauolla')).toBeTruthy();
  });

  it('says so when no pair has been published yet', async () => {
    server.use(http.get(`/api/programs/${programId}/matches`, () => HttpResponse.json<Match[]>([])));
    renderWithProviders(<MyPairs programId={programId} viewerId={actors.aino.id} />);
    expect(
      await screen.findByText(
        'Sinulle ei ole vielä julkaistu paria. Saat sähköpostin, kun pari julkaistaan.',
      ),
    ).toBeTruthy();
  });
});
