import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgramDetail } from '../../../testing/data.ts';
import { PhaseTimeline } from './phase-timeline.tsx';

// September 2022 to August 2023: 365 days, so a day is 1/365 of the width.
const program = aProgramDetail({
  startsOn: '2022-09-01',
  endsOn: '2023-08-31',
  phases: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'kickoff',
      name: '',
      startsOn: '2022-09-01',
      endsOn: '2022-09-30',
    },
    {
      id: '00000000-0000-4000-8000-000000000002',
      kind: 'midpoint',
      name: 'Puoliväli',
      startsOn: '2023-01-15',
      endsOn: '2023-02-15',
    },
  ],
});

describe('PhaseTimeline', () => {
  it('lists each phase with its name (or its kind) and dates, marks the current one and places its bar by date', () => {
    const { container } = render(<PhaseTimeline program={program} today="2023-02-01" />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Aloitus 1.–30.9.2022',
      'Puoliväli 15.1.–15.2.2023 Käynnissä',
    ]);

    const bars = [...container.querySelectorAll<HTMLElement>('.timeline-bar')];
    expect(bars.map((bar) => [bar.style.left, bar.style.width])).toEqual([
      ['0%', `${(30 / 365) * 100}%`],
      [`${(136 / 365) * 100}%`, `${(32 / 365) * 100}%`],
    ]);
    // The drawing is decoration; its text equivalent is the list and the caption.
    expect(container.querySelector('.timeline-axis')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText(/Tänään on 1\.2\.2023\./)).toBeTruthy();
  });

  it('draws no "today" line outside the program', () => {
    const { container } = render(<PhaseTimeline program={program} today="2024-01-01" />);
    expect(container.querySelector('.timeline-today')).toBeNull();
    expect(screen.queryByText(/Käynnissä/)).toBeNull();
  });
});
