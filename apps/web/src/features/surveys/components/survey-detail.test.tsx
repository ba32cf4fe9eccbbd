import type {
  Participant,
  SendSurveyBody,
  Survey,
  SurveySummary,
  UpdateSurveyBody,
} from '@mentoring/contracts';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render.tsx';
import { server } from '../../../testing/server.ts';
import '../testing/css-escape.ts';
import { aSurvey, programId, surveyId } from '../testing/fixtures.ts';
import { SurveyDetail } from './survey-detail.tsx';

const draft = aSurvey({
  status: 'draft',
  sentAt: null,
  answered: null,
  recipientCount: 0,
  responseCount: 0,
});

describe('survey detail for a coordinator', () => {
  it('edits a draft, then sends it to mentors only', async () => {
    let patched: UpdateSurveyBody | undefined;
    let sent: SendSurveyBody | undefined;
    server.use(
      http.get(`/api/surveys/${surveyId}`, () => HttpResponse.json<Survey>(draft)),
      http.get(`/api/programs/${programId}/surveys`, () => HttpResponse.json<SurveySummary[]>([])),
      http.patch(`/api/surveys/${surveyId}`, async ({ request }) => {
        patched = (await request.json()) as UpdateSurveyBody;
        return HttpResponse.json<Survey>({ ...draft, title: patched.title ?? draft.title });
      }),
      http.post(`/api/surveys/${surveyId}/send`, async ({ request }) => {
        sent = (await request.json()) as SendSurveyBody;
        return HttpResponse.json<Survey>({
          ...draft,
          status: 'open',
          sentAt: draft.opensAt,
          recipientCount: 8,
        });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SurveyDetail programId={programId} surveyId={surveyId} manages />);

    const title = await screen.findByRole('textbox', { name: 'Otsikko suomeksi' });
    await user.clear(title);
    await user.type(title, 'Väliarviointi syksy');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Tallennettu.')).toBeTruthy();
    expect(patched?.title).toEqual({ fi: 'Väliarviointi syksy', en: 'Mid-point survey' });

    await user.click(screen.getByRole('button', { name: /Vastaanottajat/ }));
    await user.click(await screen.findByRole('option', { name: 'Mentorit' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    expect(await screen.findByText(/Tulokset näytetään, kun kysely on sulkeutunut/)).toBeTruthy();
    expect(sent).toEqual({ roles: ['mentor'] });
  });

  it('sends to chosen participants only, and not before anyone is chosen', async () => {
    let sent: SendSurveyBody | undefined;
    const person = (userId: string, name: string, role: Participant['role']): Participant => ({
      userId,
      name,
      email: null,
      role,
      joinedAt: '2026-01-01T00:00:00.000Z',
      profile: null,
      profileCompleteness: null,
    });
    const aino = '00000000-0000-4000-8000-0000000000a1';
    server.use(
      http.get(`/api/surveys/${surveyId}`, () => HttpResponse.json<Survey>(draft)),
      http.get(`/api/programs/${programId}/surveys`, () => HttpResponse.json<SurveySummary[]>([])),
      http.get(`/api/programs/${programId}/participants`, () =>
        HttpResponse.json<Participant[]>([
          person('00000000-0000-4000-8000-0000000000c1', 'Kaisa Koordinaattori', 'coordinator'),
          person(aino, 'Aino Aktori', 'actor'),
          person('00000000-0000-4000-8000-0000000000b1', 'Mikko Mentori', 'mentor'),
        ]),
      ),
      http.post(`/api/surveys/${surveyId}/send`, async ({ request }) => {
        sent = (await request.json()) as SendSurveyBody;
        return HttpResponse.json<Survey>({ ...draft, status: 'open', recipientCount: 1 });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SurveyDetail programId={programId} surveyId={surveyId} manages />);
    await user.click(await screen.findByRole('button', { name: /Vastaanottajat/ }));
    await user.click(await screen.findByRole('option', { name: 'Valitut osallistujat' }));
    expect(screen.getByRole('button', { name: 'Lähetä' }).hasAttribute('disabled')).toBe(true);
    // Coordinators do not answer surveys, so they are not offered.
    expect(await screen.findByRole('checkbox', { name: 'Aino Aktori (Aktori)' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: /Kaisa/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Aino Aktori (Aktori)' }));
    await user.click(screen.getByRole('button', { name: 'Lähetä' }));
    await expect.poll(() => sent).toEqual({ userIds: [aino] });
  });

  it('asks before deleting a draft, and Cancel keeps it', async () => {
    let deletes = 0;
    server.use(
      http.get(`/api/surveys/${surveyId}`, () => HttpResponse.json<Survey>(draft)),
      http.get(`/api/programs/${programId}/surveys`, () => HttpResponse.json<SurveySummary[]>([])),
      http.delete(`/api/surveys/${surveyId}`, () => {
        deletes++;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<SurveyDetail programId={programId} surveyId={surveyId} manages />);
    await user.click(await screen.findByRole('button', { name: 'Poista luonnos' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Poistetaanko luonnos?' });
    expect(dialog.textContent).toContain('poistetaan pysyvästi');
    await user.click(screen.getByRole('button', { name: 'Peruuta' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Poista luonnos' }));
    const buttons = (await screen.findByRole('alertdialog')).querySelectorAll('button');
    await user.click(buttons[buttons.length - 1] as HTMLElement);
    await expect.poll(() => deletes).toBe(1);
  });
});
