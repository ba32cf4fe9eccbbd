import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aProgramHealth, programId } from '../testing/fixtures.ts';
import '../testing/css-escape.ts';
import { HealthDashboard } from './health-dashboard.tsx';

function actorsInOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('pair health dashboard', () => {
  it('counts pairs per state, lists them worst first, and sorts by a column header', async () => {
    server.use(http.get(`/api/programs/${programId}/health`, () => HttpResponse.json(aProgramHealth())));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HealthDashboard programId={programId} />);

    const table = await screen.findByRole('table', { name: 'Parit ja niiden tilanne' });
    const counts = screen.getByRole('region', { name: 'Tilat' });
    expect(within(counts).getByText('Vaarassa').closest('li')?.textContent).toBe('1 Vaarassa');
    expect(within(counts).getByText('Päättynyt').closest('li')?.textContent).toBe('0 Päättynyt');
    expect(actorsInOrder(table)).toEqual(['Eero Aktori', 'Ville Aktori', 'Aino Aktori']);
    // State is said in words, with the reason.
    const eero = within(table).getByRole('row', { name: /Eero Aktori/ });
    expect(within(eero).getByText('Vaarassa')).toBeTruthy();
    expect(within(eero).getByText('pitkä tauko tapaamisissa')).toBeTruthy();
    expect(within(eero).getByText('2 avoinna, 2 myöhässä')).toBeTruthy();

    const stateHeader = within(table).getByRole('columnheader', { name: /^Tila/ });
    expect(stateHeader.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(table).getByRole('button', { name: /^Aktori/ }));
    const actorHeader = within(table).getByRole('columnheader', { name: /^Aktori/ });
    expect(actorHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(stateHeader.hasAttribute('aria-sort')).toBe(false);
    expect(actorsInOrder(table)).toEqual(['Aino Aktori', 'Eero Aktori', 'Ville Aktori']);
    await user.click(within(table).getByRole('button', { name: /^Aktori/ }));
    expect(actorHeader.getAttribute('aria-sort')).toBe('descending');
    expect(actorsInOrder(table)).toEqual(['Ville Aktori', 'Eero Aktori', 'Aino Aktori']);

    // Pairs with no next meeting sort last either way.
    await user.click(within(table).getByRole('button', { name: /^Seuraava tapaaminen/ }));
    expect(actorsInOrder(table).at(-1)).toBe('Eero Aktori');
  });

  it('filters by state and announces how many pairs show', async () => {
    server.use(http.get(`/api/programs/${programId}/health`, () => HttpResponse.json(aProgramHealth())));
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<HealthDashboard programId={programId} />);
    const table = await screen.findByRole('table', { name: 'Parit ja niiden tilanne' });
    expect(screen.getByRole('status').textContent).toBe('Näytetään 3 / 3 paria');

    await user.click(screen.getByRole('button', { name: /Näytä tila/ }));
    await user.click(await screen.findByRole('option', { name: 'Kaipaa yhteydenottoa' }));
    expect(actorsInOrder(table)).toEqual(['Ville Aktori']);
    expect(screen.getByRole('status').textContent).toBe('Näytetään 1 / 3 paria');
    // The chart's numbers are there as text too.
    expect(screen.getByText(/: 4 tapaamista$/)).toBeTruthy();
  });
});
