import type { MyDataExport } from '@mentoring/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { MyDataDownload } from './my-data-download.tsx';

const exported: MyDataExport = {
  exportedAt: '2026-11-28T10:00:00.000Z',
  userId: '0b9f6a3e-5f8e-4a6b-9d2c-1e7f3a5b8c9d',
  tables: { users: [{ id: '0b9f6a3e-5f8e-4a6b-9d2c-1e7f3a5b8c9d', name: 'Aino' }] },
};

describe('my data download', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the JSON file and says so', async () => {
    server.use(http.get('/api/me/data', () => HttpResponse.json(exported)));
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:my-data';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithProviders(<MyDataDownload />);
    expect(screen.getByRole('heading', { level: 2, name: 'Omat tietoni' })).toBeTruthy();
    await userEvent
      .setup({ delay: null })
      .click(screen.getByRole('button', { name: 'Lataa tietoni (JSON)' }));
    expect(await screen.findByText('Tiedosto on ladattu.')).toBeTruthy();
    expect(click).toHaveBeenCalledOnce();
    // jsdom's Blob has no text(); FileReader reads it.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(saved[0] as Blob);
    });
    expect(JSON.parse(text)).toEqual(exported);
  });

  it('tells when the download fails', async () => {
    server.use(
      http.get('/api/me/data', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Too Many Requests',
            status: 429,
            code: 'rate_limited',
            requestId: 'r-1',
          },
          { status: 429, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<MyDataDownload />);
    await userEvent
      .setup({ delay: null })
      .click(screen.getByRole('button', { name: 'Lataa tietoni (JSON)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Tietojen lataus ei onnistunut. Yritä uudelleen.',
    );
  });
});
