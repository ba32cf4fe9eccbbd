import type { SurveyResults } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import '../testing/css-escape.ts';
import { someResults, surveyId } from '../testing/fixtures.ts';
import { SurveyResultsView } from './survey-results-view.tsx';

describe('survey results', () => {
  it('shows means with counts, a table behind each chart, and open answers without names', async () => {
    server.use(
      http.get(`/api/surveys/${surveyId}/results`, () => HttpResponse.json<SurveyResults>(someResults())),
    );
    renderWithProviders(<SurveyResultsView surveyId={surveyId} />);
    const card = (await screen.findByRole('heading', { name: /Minulla on tarvittavat taidot/ })).closest(
      'article',
    ) as HTMLElement;
    expect(within(card).getByText('12 vastausta · Keskiarvo 4,17')).toBeTruthy();
    const table = within(card).getByRole('table');
    expect(within(table).getByRole('row', { name: '4 6' })).toBeTruthy();
    const texts = screen.getByRole('heading', { name: /Avoimet vastaukset/ })
      .nextElementSibling as HTMLElement;
    expect(
      within(texts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Hyvä', 'Kiitos', 'Lisää tapaamisia', 'Selkeä', 'Verkostot']);
  });

  it('filters by role and says in words when a group is too small to show', async () => {
    const requested: (string | null)[] = [];
    server.use(
      http.get(`/api/surveys/${surveyId}/results`, ({ request }) => {
        const role = new URL(request.url).searchParams.get('role');
        requested.push(role);
        const results = someResults();
        if (role === 'mentor') {
          results.role = 'mentor';
          results.questions = results.questions.map((q) => ({
            ...q,
            shown: false,
            count: null,
            mean: null,
            distribution: null,
            texts: null,
          }));
        }
        return HttpResponse.json<SurveyResults>(results);
      }),
    );
    const user = userEvent.setup();
    await i18n.changeLanguage('en');
    renderWithProviders(<SurveyResultsView surveyId={surveyId} />);
    await screen.findByText('12 answers · Mean 4.17');
    await user.click(screen.getByRole('button', { name: /Respondents/ }));
    await user.click(await screen.findByRole('option', { name: 'Mentors' }));
    expect(await screen.findAllByText(/Not shown: fewer than 5 answers/)).toHaveLength(2);
    expect(screen.queryByText(/Mean/)).toBeNull();
    expect(requested).toEqual([null, 'mentor']);
  });

  it('explains why results are not there while the survey is open', async () => {
    server.use(
      http.get(`/api/surveys/${surveyId}/results`, () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            code: 'survey_not_closed',
            requestId: 'r-1',
          },
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<SurveyResultsView surveyId={surveyId} />);
    expect(await screen.findByText('Tulokset näytetään, kun kysely on sulkeutunut.')).toBeTruthy();
  });
});
