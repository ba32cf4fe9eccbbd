import type { Match, Suggestion } from '@mentoring/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import type { SuggestionParams } from '../api/get-suggestion.ts';
import { actors, aPair, aSuggestion, aWhyNot, mentors, programId } from '../testing/fixtures.ts';
import { MatchingWorkspace } from './matching-workspace.tsx';

const base = `/api/programs/${programId}`;

/** The API as the workspace sees it; every suggestion request body is kept. */
function serve(answers: Suggestion[]) {
  const requests: SuggestionParams[] = [];
  server.use(
    http.get(`${base}/matching/settings`, () =>
      HttpResponse.json({
        weights: { sector: 3, needs: 5, language: 4, location: 2, wish: 3 },
        mustHave: {},
      }),
    ),
    http.post(`${base}/matching/suggestions`, async ({ request }) => {
      requests.push((await request.json()) as SuggestionParams);
      const answer = answers[Math.min(requests.length, answers.length) - 1] as Suggestion;
      return HttpResponse.json<Suggestion>(answer);
    }),
    http.post(`${base}/matching/why-not`, () => HttpResponse.json(aWhyNot())),
    http.get(`${base}/matches`, () => HttpResponse.json<Match[]>([])),
  );
  return requests;
}

describe('matching workspace', () => {
  it('shows the summary, pairs with criterion bars and reasons, the unplaced, mentor load and why not', async () => {
    const requests = serve([aSuggestion()]);
    renderWithProviders(<MatchingWorkspace programId={programId} />);

    expect(await screen.findByText('Optimaalisuus todistettu')).toBeTruthy();
    const summary = screen.getByRole('region', { name: /^Ehdotus/ });
    expect(within(summary).getByText('Sijoitetut aktorit').nextElementSibling?.textContent).toBe('2 / 3');
    expect(within(summary).getByText('Kokonaispisteet').nextElementSibling?.textContent).toBe('120');
    expect(within(summary).getByText('Heikoin pari').nextElementSibling?.textContent).toBe('48');
    expect(within(summary).getByText('Laskenta-aika').nextElementSibling?.textContent).toBe('3,3 ms');

    const pairs = screen.getByRole('region', { name: 'Ehdotetut parit (2)' });
    expect(within(pairs).getByRole('heading', { level: 3, name: /Helena Mentori/ })).toBeTruthy();
    expect(within(pairs).getByRole('heading', { level: 4, name: actors.aino.name })).toBeTruthy();
    expect(within(pairs).getAllByText('Sama ala: musiikki')).toHaveLength(2);
    const needs = within(pairs).getAllByRole('meter', { name: 'Tarpeet ja osaaminen' })[0];
    expect(needs?.getAttribute('aria-valuetext')).toBe('50 % täyttyy, 14,7 / 29,4 p');

    const unplaced = screen.getByRole('region', { name: 'Ilman mentoria (1)' });
    expect(within(unplaced).getByRole('listitem').textContent).toBe(
      `${actors.ville.name}: mentoreilla ei ole vapaita paikkoja`,
    );
    expect(screen.getByText('voisi tuoda enintään 12,5 pistettä')).toBeTruthy();
    // The first request is the saved settings, as they are.
    expect(requests[0]).toEqual({
      weights: { sector: 3, needs: 5, language: 4, location: 2, wish: 3 },
      mustHave: {},
      objective: 'maxTotal',
      locks: [],
      exclusions: [],
    });

    // The heatmap: forbidden cells marked, chosen ones named; a pressed cell explains itself.
    const user = userEvent.setup({ delay: null });
    const cell = await screen.findByRole('button', {
      name: `${actors.aino.name} – ${mentors.jussi.name}: 40 pistettä`,
    });
    expect(
      screen.getByRole('button', { name: `${actors.eero.name} – ${mentors.helena.name}: estetty pari` })
        .textContent,
    ).toBe('—');
    expect(
      screen.getByRole('button', {
        name: `${actors.aino.name} – ${mentors.helena.name}: 72 pistettä, valittu pari`,
      }),
    ).toBeTruthy();
    await user.click(cell);
    const panel = (await screen.findByText(/maksaisi 16 pistettä/)).closest('.why-not-panel') as HTMLElement;
    expect(
      within(panel).getByText(
        `Mentorin ${mentors.jussi.name} valitseminen tälle aktorille maksaisi 16 pistettä kokonaispisteistä.`,
      ),
    ).toBeTruthy();
    expect(within(panel).getByText('Hinta: 16 pistettä')).toBeTruthy();
    await user.click(
      within(panel).getByRole('button', { name: `Lukitse pari ${actors.aino.name} – ${mentors.jussi.name}` }),
    );
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.locks).toEqual([{ actorId: actors.aino.id, mentorId: mentors.jussi.id }]);
  });

  it('re-runs with the lock, then with the exclusion, and compares with the previous suggestion', async () => {
    const moved = aSuggestion({
      pairs: [
        aPair(actors.aino.id, mentors.helena.id, { locked: true }),
        aPair(actors.ville.id, mentors.jussi.id, { score: 30 }),
      ],
      unplaced: [{ actorId: actors.eero.id, reason: 'all_forbidden' }],
      totalScore: 102,
      worstPairScore: 30,
    });
    const requests = serve([
      aSuggestion(),
      aSuggestion({
        pairs: [
          aPair(actors.aino.id, mentors.helena.id, { locked: true }),
          aPair(actors.eero.id, mentors.jussi.id, { score: 48 }),
        ],
      }),
      moved,
    ]);
    renderWithProviders(<MatchingWorkspace programId={programId} />);
    const user = userEvent.setup({ delay: null });

    const lock = await screen.findByRole('button', {
      name: `Lukitse pari ${actors.aino.name} – ${mentors.helena.name}`,
    });
    expect(lock.getAttribute('aria-pressed')).toBe('false');
    await user.click(lock);
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.locks).toEqual([{ actorId: actors.aino.id, mentorId: mentors.helena.id }]);
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('button', { name: `Lukitse pari ${actors.aino.name} – ${mentors.helena.name}` })[0]
          ?.getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    expect(screen.getByText('Lukittu')).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: `Estä pari ${actors.eero.name} – ${mentors.jussi.name}` }),
    );
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(requests[2]).toMatchObject({
      locks: [{ actorId: actors.aino.id, mentorId: mentors.helena.id }],
      exclusions: [{ actorId: actors.eero.id, mentorId: mentors.jussi.id }],
    });

    const comparison = await screen.findByRole('region', { name: 'Muutos edelliseen ehdotukseen' });
    await waitFor(() => expect(within(comparison).getByText('2 aktoria vaihtoi mentoria')).toBeTruthy());
    const total = within(comparison).getByRole('row', { name: /Kokonaispisteet/ });
    expect(total.textContent).toBe('Kokonaispisteet120102−18');
    expect(
      within(comparison).getByText(`${actors.eero.name}: ${mentors.jussi.name} → ei mentoria`),
    ).toBeTruthy();
    expect(
      within(comparison).getByText(`${actors.ville.name}: ei mentoria → ${mentors.jussi.name}`),
    ).toBeTruthy();
    // The excluded pair is listed with a way back.
    expect(
      screen.getByRole('button', { name: `Salli pari ${actors.eero.name} – ${mentors.jussi.name}` }),
    ).toBeTruthy();
  });

  it('re-runs once after a slider moves, with the new weight', async () => {
    const requests = serve([aSuggestion()]);
    renderWithProviders(<MatchingWorkspace programId={programId} />);
    const wish = await screen.findByRole('slider', { name: 'Aktorin toiveet' });
    await screen.findByText('Optimaalisuus todistettu');
    const user = userEvent.setup({ delay: null });
    wish.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]?.weights.wish).toBe(5);
  });
});
