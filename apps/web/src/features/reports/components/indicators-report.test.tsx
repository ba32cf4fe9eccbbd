import type { Indicators } from '@mentoring/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { aProgramSummary } from '../../../testing/data.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { IndicatorsReport, thisYear } from './indicators-report.tsx';

const program = aProgramSummary();

function anIndicators(overrides: Partial<Indicators> = {}): Indicators {
  return {
    from: '2021-01-01',
    to: '2023-12-31',
    programs: [{ id: program.id, name: program.name }],
    includesOrganisationEvents: true,
    events: {
      total: 70,
      byType: { workshop: 37, networking: 33, network_coffee: 0, supervision: 0, other: 0 },
    },
    participations: 1727,
    distinctParticipants: 496,
    students: 90,
    supervisionGroups: { groups: 4, members: 20 },
    mentoring: {
      mentors: 8,
      actors: 30,
      pairs: 30,
      completed: 27,
      endedEarly: 3,
      completionRate: 0.9,
      sessions: 212,
      sessionHours: 318.5,
    },
    goals: { goals: 84, ratedTwice: 80, startMean: 2.4, endMean: 3.9 },
    surveys: {
      sent: 3,
      recipients: 38,
      responses: 30,
      responseRate: 0.79,
      keyResults: [
        { key: 'overall', prompt: { fi: 'Kokonaisarvio', en: 'Overall' }, mean: 4.4, answers: 28 },
      ],
    },
    ...overrides,
  };
}

function figure(label: string) {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.parentElement?.querySelector('dd')?.textContent;
}

describe('indicators report', () => {
  it('defaults to this year', () => {
    expect(thisYear('2026-11-28')).toEqual({ from: '2026-01-01', to: '2026-12-31', programIds: [] });
  });

  it('shows the figures as cards and charts with tables, and asks again for a new range and program', async () => {
    const asked: URLSearchParams[] = [];
    server.use(
      http.get('/api/reports/indicators', ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(params);
        return HttpResponse.json<Indicators>(
          anIndicators({ from: params.get('from') ?? '', to: params.get('to') ?? '' }),
        );
      }),
    );
    renderWithProviders(<IndicatorsReport programs={[program]} />);
    await screen.findByRole('heading', { level: 2, name: 'Yhteenveto' }, { timeout: 5000 });
    const year = thisYear();
    expect(asked[0]?.toString()).toBe(`from=${year.from}&to=${year.to}`);

    // Finnish groups thousands with a no-break space.
    expect(figure('Osallistumisia')).toBe('1\u00a0727');
    expect(figure('Eri osallistujia')).toBe('496');
    expect(figure('Opiskelijoita')).toBe('90');
    expect(figure('Läpivientiaste')).toBe('90\u00a0%');
    expect(figure('Tapaamistunteja')).toBe('318,5');
    expect(screen.getByText('Mukana myös koko organisaation yhteiset tapahtumat.')).toBeTruthy();
    // Each chart has its numbers in a table.
    const byType = screen.getByRole('figure', { name: 'Tapahtumien määrä tyypeittäin' });
    expect(within(byType).getByRole('row', { name: 'Työpaja / koulutuspäivä 37' })).toBeTruthy();
    const goals = screen.getByRole('figure', { name: 'Tavoitteiden arviot alussa ja lopussa (keskiarvo)' });
    expect(within(goals).getByRole('row', { name: 'Alussa 2,4' })).toBeTruthy();
    expect(within(goals).getByRole('row', { name: 'Viimeisin 3,9' })).toBeTruthy();
    const survey = screen.getByRole('figure', { name: 'Kyselyiden keskeiset tulokset (keskiarvo)' });
    expect(within(survey).getByRole('row', { name: 'Kokonaisarvio 4,4 28' })).toBeTruthy();

    const user = userEvent.setup({ delay: null });
    fireEvent.change(screen.getByLabelText('Alkaen'), { target: { value: '2021-01-01' } });
    fireEvent.change(screen.getByLabelText('Päättyen'), { target: { value: '2023-12-31' } });
    await user.click(screen.getByRole('checkbox', { name: program.name }));
    await user.click(screen.getByRole('button', { name: 'Näytä raportti' }));
    await waitFor(() =>
      expect(asked.at(-1)?.toString()).toBe(`from=2021-01-01&to=2023-12-31&programId=${program.id}`),
    );
  });

  it('refuses a range that ends before it starts, and prints on request', async () => {
    server.use(http.get('/api/reports/indicators', () => HttpResponse.json<Indicators>(anIndicators())));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderWithProviders(<IndicatorsReport programs={[]} />);
    await screen.findByRole('heading', { level: 2, name: 'Yhteenveto' }, { timeout: 5000 });
    const user = userEvent.setup({ delay: null });
    fireEvent.change(screen.getByLabelText('Päättyen'), { target: { value: '2020-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Näytä raportti' }));
    expect(
      screen.getByText('Anna alku- ja loppupäivä. Loppupäivä ei voi olla ennen alkupäivää.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Tulosta / PDF' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
