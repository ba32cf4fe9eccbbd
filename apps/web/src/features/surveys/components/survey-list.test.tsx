import type { SurveySummary } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aSurvey, programId, startSurveyId, summaryOf, surveyId } from '../testing/fixtures.ts';
import { SurveyList } from './survey-list.tsx';

describe('survey list', () => {
  it('a participant sees what to answer and what they have answered', async () => {
    server.use(
      http.get(`/api/programs/${programId}/surveys`, () =>
        HttpResponse.json<SurveySummary[]>([
          summaryOf(aSurvey()),
          summaryOf(
            aSurvey({
              id: startSurveyId,
              kind: 'start',
              title: { fi: 'Alkukysely', en: 'Start survey' },
              status: 'closed',
              answered: true,
            }),
          ),
        ]),
      ),
    );
    renderWithProviders(<SurveyList programId={programId} manages={false} />);
    const open = (await screen.findByRole('heading', { name: 'Väliarviointi' })).closest(
      'article',
    ) as HTMLElement;
    expect(within(open).getByText('Ei vastattu')).toBeTruthy();
    expect(within(open).getByRole('link', { name: 'Vastaa: Väliarviointi' }).getAttribute('href')).toBe(
      `/programs/${programId}/surveys/${surveyId}`,
    );
    const closed = screen.getByRole('heading', { name: 'Alkukysely' }).closest('article') as HTMLElement;
    expect(within(closed).getByText('Suljettu')).toBeTruthy();
    expect(within(closed).getByRole('link', { name: 'Näytä vastaukseni: Alkukysely' })).toBeTruthy();
  });

  it('a coordinator sees totals, never names', async () => {
    server.use(
      http.get(`/api/programs/${programId}/surveys`, () =>
        HttpResponse.json<SurveySummary[]>([
          summaryOf(aSurvey({ answered: null, recipientCount: 38, responseCount: 21 })),
        ]),
      ),
    );
    renderWithProviders(<SurveyList programId={programId} manages />);
    expect(await screen.findByText('21 / 38 vastannut')).toBeTruthy();
    expect(screen.queryByText('Ei vastattu')).toBeNull();
  });
});
