import type { MyResponse, MyResponseBody } from '@mentoring/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import { aSurvey, noResponse, programId, surveyId } from '../testing/fixtures.ts';
import { AnswerForm } from './answer-form.tsx';

const url = `/api/surveys/${surveyId}/my-response`;

describe('answer form', () => {
  it('answers by keyboard: Likert as a radio group, a single choice, open text; then saves', async () => {
    let sent: MyResponseBody | undefined;
    server.use(
      http.get(url, () => HttpResponse.json<MyResponse>(noResponse)),
      http.put(url, async ({ request }) => {
        sent = (await request.json()) as MyResponseBody;
        return HttpResponse.json<MyResponse>({ ...noResponse, answered: true, answers: [] });
      }),
      http.get(`/api/programs/${programId}/surveys`, () => HttpResponse.json([])),
    );
    const user = userEvent.setup();
    const survey = aSurvey();
    renderWithProviders(<AnswerForm programId={programId} survey={survey} />);

    const likert = await screen.findByRole('radiogroup', { name: /Mentorointisuhde on toimiva/ });
    await user.click(within(likert).getByRole('radio', { name: '4' }));
    await user.keyboard('{ArrowRight}');
    expect(within(likert).getByRole('radio', { name: /5 – täysin samaa mieltä/ })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(screen.getByRole('radio', { name: 'Kuukausittain' }));
    await user.type(screen.getByRole('textbox', { name: 'Mitä pitäisi muuttaa?' }), 'Enemmän verkostoja');
    await user.click(screen.getByRole('button', { name: 'Tallenna vastaukset' }));

    expect(await screen.findByText(/Vastauksesi on tallennettu/)).toBeTruthy();
    expect(sent?.answers).toEqual([
      { questionId: survey.questions[0]?.id, rating: 5 },
      { questionId: survey.questions[1]?.id, choices: ['monthly'] },
      { questionId: survey.questions[2]?.id, text: 'Enemmän verkostoja' },
    ]);
  });

  it('names unanswered required questions and sends nothing', async () => {
    let puts = 0;
    server.use(
      http.get(url, () => HttpResponse.json<MyResponse>(noResponse)),
      http.put(url, () => {
        puts++;
        return HttpResponse.json(noResponse);
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<AnswerForm programId={programId} survey={aSurvey()} />);
    await user.click(await screen.findByRole('button', { name: 'Tallenna vastaukset' }));
    expect(screen.getAllByText('Vastaa tähän kysymykseen.')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toContain('Tarkista merkityt kentät.');
    expect(puts).toBe(0);
  });

  it('shows earlier answers read-only after the close, in English too', async () => {
    const survey = aSurvey({ status: 'closed' });
    server.use(
      http.get(url, () =>
        HttpResponse.json<MyResponse>({
          answered: true,
          editable: false,
          submittedAt: '2026-11-25T08:00:00.000Z',
          updatedAt: '2026-11-25T08:00:00.000Z',
          answers: [{ questionId: survey.questions[0]?.id as string, rating: 3, choices: null, text: null }],
        }),
      ),
    );
    await i18n.changeLanguage('en');
    renderWithProviders(<AnswerForm programId={programId} survey={survey} />);
    expect(await screen.findByText('The survey has closed. Your answers are below.')).toBeTruthy();
    const likert = screen.getByRole('radiogroup', { name: /The mentoring relationship works well/ });
    expect(within(likert).getByRole('radio', { name: '3' })).toHaveProperty('checked', true);
    expect(within(likert).getByRole('radio', { name: '3' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: 'Save answers' })).toBeNull();
  });
});
