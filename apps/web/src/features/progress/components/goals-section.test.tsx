import type { Goal } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { aProblem, problemInit } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aGoal, matchId, phaseIds, tags } from '../testing/fixtures.ts';
import '../testing/css-escape.ts';
import { GoalsSection } from './goals-section.tsx';

const phases = [
  { id: phaseIds.kickoff, kind: 'kickoff' as const, name: '', startsOn: '2026-09-01', endsOn: '2026-09-30' },
  {
    id: phaseIds.midpoint,
    kind: 'midpoint' as const,
    name: '',
    startsOn: '2026-10-01',
    endsOn: '2999-12-31',
  },
];

describe('goals and check-ins', () => {
  it("shows each phase's ratings side by side as a table, and saves the actor's check-in", async () => {
    let goals: Goal[] = [aGoal()];
    let sent: unknown;
    server.use(
      http.get(`/api/matches/${matchId}/goals`, () => HttpResponse.json(goals)),
      http.post('/api/goals/:goalId/checkins', async ({ request }) => {
        sent = await request.json();
        const base = aGoal();
        goals = [
          {
            ...base,
            checkIns: [
              ...base.checkIns,
              {
                id: '3c3c3c3c-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
                phaseId: phaseIds.midpoint,
                ratedBy: 'actor',
                rating: 4,
                note: 'Eteni',
                createdAt: '2026-11-28T09:00:00Z',
              },
            ],
          },
        ];
        return HttpResponse.json(goals[0]);
      }),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <GoalsSection matchId={matchId} viewer="actor" phases={phases} tags={tags} canChange />,
    );
    const table = await screen.findByRole('table', { name: 'Arviot vaiheittain: Rahoitushakemus valmiiksi' });
    const kickoff = within(table).getByRole('row', { name: /^Aloitus/ });
    expect(
      within(kickoff)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2/5 – Alussa', '3/5']);

    await user.click(screen.getByRole('button', { name: 'Arvioi edistyminen: Rahoitushakemus valmiiksi' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    expect(screen.getByText('Valitse arvio.')).toBeTruthy();
    expect(sent).toBeUndefined();
    await user.click(screen.getByRole('radio', { name: '4 – lähes perillä' }));
    await user.click(screen.getByRole('textbox', { name: 'Huomio (valinnainen)' }));
    await user.paste('Eteni');
    await user.click(screen.getByRole('button', { name: 'Tallenna arvio' }));
    expect(await screen.findByText('Arvio tallennettu: Rahoitushakemus valmiiksi.')).toBeTruthy();
    // The phase running today is chosen by default.
    expect(sent).toEqual({ phaseId: phaseIds.midpoint, rating: 4, note: 'Eteni' });
    const midpoint = await within(table).findByRole('row', { name: /^Väliarviointi/ });
    expect(within(midpoint).getAllByRole('cell')[0]?.textContent).toBe('4/5 – Eteni');
  });

  it('lets the actor add a goal and tells them when five is the limit', async () => {
    server.use(
      http.get(`/api/matches/${matchId}/goals`, () => HttpResponse.json([])),
      http.post(`/api/matches/${matchId}/goals`, () =>
        HttpResponse.json(aProblem(409, 'too_many_goals'), problemInit(409)),
      ),
    );
    const user = userEvent.setup({ delay: null });
    renderWithProviders(
      <GoalsSection matchId={matchId} viewer="actor" phases={phases} tags={tags} canChange />,
    );
    await user.click(await screen.findByRole('button', { name: 'Lisää tavoite (0/5)' }));
    await user.click(screen.getByRole('button', { name: 'Lisää tavoite' }));
    expect(screen.getByText('Anna tavoitteelle nimi.')).toBeTruthy();
    await user.click(screen.getByRole('textbox', { name: 'Tavoite' }));
    await user.paste('Verkosto laajemmaksi');
    await user.click(screen.getByRole('button', { name: 'Lisää tavoite' }));
    expect(await screen.findByText('Parilla voi olla enintään viisi tavoitetta kerrallaan.')).toBeTruthy();
  });

  it('lets the mentor comment but not edit, and shows coordinators no buttons', async () => {
    let sent: unknown;
    server.use(
      http.get(`/api/matches/${matchId}/goals`, () => HttpResponse.json([aGoal()])),
      http.patch('/api/goals/:goalId', async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(aGoal({ mentorComment: 'Hyvä suunta.' }));
      }),
    );
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderWithProviders(
      <GoalsSection matchId={matchId} viewer="mentor" phases={phases} tags={tags} canChange />,
    );
    expect(await screen.findByText('Ei kommenttia.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Muokkaa tavoitetta/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Kommentoi tavoitetta Rahoitushakemus valmiiksi' }));
    await user.click(screen.getByRole('textbox', { name: 'Kommentoi tavoitetta Rahoitushakemus valmiiksi' }));
    await user.paste('Hyvä suunta.');
    await user.click(screen.getByRole('button', { name: 'Tallenna kommentti' }));
    expect(await screen.findByText('Kommentti tallennettu.')).toBeTruthy();
    expect(sent).toEqual({ mentorComment: 'Hyvä suunta.' });
    unmount();

    renderWithProviders(
      <GoalsSection matchId={matchId} viewer="coordinator" phases={phases} tags={tags} canChange />,
    );
    expect(await screen.findByRole('heading', { name: 'Rahoitushakemus valmiiksi' })).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
