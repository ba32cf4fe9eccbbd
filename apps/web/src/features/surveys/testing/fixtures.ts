import type { MyResponse, Survey, SurveyResults, SurveySummary } from '@mentoring/contracts';

/** Small, typed survey worlds for the web tests: a contract change breaks the tests that rely on it. */
export const programId = '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44';
export const surveyId = '7e7e7e7e-1b1b-4c2c-8d3d-4e4e4e4e4e4e';
export const startSurveyId = '6e6e6e6e-1b1b-4c2c-8d3d-4e4e4e4e4e4e';
const q = (n: number) => `0000000${n}-1b1b-4c2c-8d3d-4e4e4e4e4e4e`;

export function aSurvey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: surveyId,
    programId,
    kind: 'mid',
    title: { fi: 'Väliarviointi', en: 'Mid-point survey' },
    intro: { fi: 'Miten mentorointi on lähtenyt käyntiin?', en: 'How has mentoring got going?' },
    status: 'open',
    sentAt: '2026-11-24T08:00:00.000Z',
    opensAt: '2026-11-24T08:00:00.000Z',
    closesAt: '2026-12-12T08:00:00.000Z',
    recipientCount: null,
    responseCount: null,
    answered: false,
    questions: [
      {
        id: q(1),
        key: 'mentor_relationship',
        position: 0,
        kind: 'likert',
        prompt: { fi: 'Mentorointisuhde on toimiva.', en: 'The mentoring relationship works well.' },
        options: [],
        required: true,
      },
      {
        id: q(2),
        key: 'meeting_frequency',
        position: 1,
        kind: 'single',
        prompt: { fi: 'Kuinka usein olette tavanneet?', en: 'How often have you met?' },
        options: [
          { value: 'weekly', label: { fi: 'Viikoittain', en: 'Weekly' } },
          { value: 'monthly', label: { fi: 'Kuukausittain', en: 'Monthly' } },
        ],
        required: true,
      },
      {
        id: q(3),
        key: 'mid_open',
        position: 2,
        kind: 'text',
        prompt: { fi: 'Mitä pitäisi muuttaa?', en: 'What should change?' },
        options: [],
        required: false,
      },
    ],
    ...overrides,
  };
}

export const summaryOf = (survey: Survey): SurveySummary => {
  const { intro: _intro, questions: _questions, ...summary } = survey;
  return summary;
};

export const noResponse: MyResponse = {
  answered: false,
  editable: true,
  submittedAt: null,
  updatedAt: null,
  answers: [],
};

export function someResults(): SurveyResults {
  return {
    surveyId,
    title: { fi: 'Loppukysely', en: 'End survey' },
    role: null,
    minGroupSize: 5,
    questions: [
      {
        questionId: q(1),
        key: 'new_skills',
        kind: 'likert',
        prompt: { fi: 'Minulla on tarvittavat taidot.', en: 'I have the skills I need.' },
        shown: true,
        count: 12,
        mean: 4.17,
        distribution: ['1', '2', '3', '4', '5'].map((value, i) => ({
          value,
          label: null,
          count: [0, 0, 2, 6, 4][i] ?? 0,
        })),
        texts: null,
      },
      {
        questionId: q(3),
        key: 'open_feedback',
        kind: 'text',
        prompt: { fi: 'Vapaa palaute', en: 'Open feedback' },
        shown: true,
        count: 5,
        mean: null,
        distribution: null,
        texts: ['Hyvä', 'Kiitos', 'Lisää tapaamisia', 'Selkeä', 'Verkostot'],
      },
    ],
  };
}
