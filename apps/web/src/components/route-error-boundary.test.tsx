import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, Suspense } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from './route-error-boundary.tsx';

// A page whose chunk cannot be downloaded (offline, or replaced by a new deployment).
const Broken = lazy(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));

describe('route error boundary', () => {
  it('replaces a page that cannot load with a message, and lets another page try again', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/broken']}>
        <Link to="/ok">OK-sivulle</Link>
        <RouteErrorBoundary>
          <Suspense fallback={null}>
            <Routes>
              <Route path="/broken" element={<Broken />} />
              <Route path="/ok" element={<h1>Toimiva sivu</h1>} />
            </Routes>
          </Suspense>
        </RouteErrorBoundary>
      </MemoryRouter>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('Tietojen lataaminen epäonnistui.');
    expect(screen.getByRole('button', { name: 'Yritä uudelleen' })).toBeTruthy();

    await userEvent.click(screen.getByRole('link', { name: 'OK-sivulle' }));
    expect(await screen.findByRole('heading', { name: 'Toimiva sivu' })).toBeTruthy();
    quiet.mockRestore();
  });
});
