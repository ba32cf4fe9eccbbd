import type { Tx } from '../client.ts';
import {
  surveyAnswers,
  surveyQuestions,
  surveyRecipients,
  surveyResponses,
  surveys,
} from '../schema/index.ts';
import { SURVEY_TEMPLATES, type SurveyTemplateKind } from '../survey-templates.ts';

type AnswerRow = typeof surveyAnswers.$inferInsert;

const DAY = 86_400_000;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/**
 * Typical answers per question key at the start and at the end of a cohort, as the source
 * evaluation reported them: professional growth high, networks and inclusion up, loneliness down.
 */
const MEANS: Record<'before' | 'after', Record<string, number>> = {
  before: {
    new_skills: 3.0,
    learning: 3.1,
    capability: 3.0,
    clarity: 2.5,
    sharing: 3.0,
    networking: 2.3,
    inclusion: 2.6,
    loneliness: 3.8,
    mentor_relationship: 4.1,
    arrangements: 3.8,
  },
  after: {
    new_skills: 4.0,
    learning: 4.3,
    capability: 4.0,
    clarity: 4.1,
    sharing: 4.2,
    networking: 3.9,
    inclusion: 4.0,
    loneliness: 2.2,
    professional_growth: 4.4,
    reciprocity: 4.3,
    mentor_relationship: 4.5,
    arrangements: 3.9,
  },
};

const FEEDBACK = [
  'Mentorin kanssa käydyt keskustelut selkeyttivät omaa työnkuvaani valtavasti.',
  'Parasta oli huomata, etten ole yksin näiden kysymysten kanssa.',
  'Verkostokahvit toivat uusia yhteistyökumppaneita.',
  'Tapaamisia olisi voinut olla tiheämmin ohjelman alussa.',
  'Työnohjausryhmä oli minulle ohjelman tärkein osa.',
  'The mentoring gave me the confidence to price my work properly.',
  'Aikataulut olivat välillä hankalia yhdistää produktioiden kanssa.',
  'Sain rohkeutta hakea apurahaa ensimmäistä kertaa.',
  'Opin mentoriltani paljon, ja hän sanoi oppineensa minulta.',
  'Toivoisin jatkoa ryhmälle vaikka kerran vuodessa.',
];
const HOPES = ['skills', 'clarity', 'network', 'peer_support', 'wellbeing'];
const PARTS = ['mentoring', 'workshops', 'networking_events', 'supervision', 'network_coffees'];
const FREQUENCIES = ['biweekly', 'monthly', 'monthly', 'weekly', 'biweekly', 'rarely'];

/** A small deterministic generator, so the demo looks the same on every seed. */
function seeded(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A rating around `mean`, spread over about ±1.5 like real Likert answers. */
const rating = (mean: number, random: () => number) =>
  Math.min(5, Math.max(1, Math.round(mean + (random() + random() - 1) * 1.5)));

export interface SurveyPeople {
  programId: string;
  coordinatorId: string;
  mentorIds: string[];
  actorIds: string[];
}

interface SeedOne {
  template: SurveyTemplateKind;
  opensAt: Date;
  closesAt: Date;
  /** Who answered; the rest of the recipients have not. */
  answered: (userId: string, index: number) => boolean;
  mood: 'before' | 'after';
  seed: number;
}

async function seedSurvey(tx: Tx, people: SurveyPeople, input: SeedOne): Promise<void> {
  const template = SURVEY_TEMPLATES[input.template];
  const [survey] = await tx
    .insert(surveys)
    .values({
      programId: people.programId,
      kind: template.kind,
      title: template.title,
      intro: template.intro,
      sentAt: addDays(input.opensAt, -1),
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      createdBy: people.coordinatorId,
      createdAt: addDays(input.opensAt, -3),
    })
    .returning({ id: surveys.id });
  if (!survey) throw new Error('survey insert failed');
  const questions = await tx
    .insert(surveyQuestions)
    .values(template.questions.map((q, position) => ({ ...q, surveyId: survey.id, position })))
    .returning();
  const random = seeded(input.seed);
  const recipients = [
    ...people.mentorIds.map((userId) => ({ userId, role: 'mentor' as const })),
    ...people.actorIds.map((userId) => ({ userId, role: 'actor' as const })),
  ];
  const span = input.closesAt.getTime() - input.opensAt.getTime();
  const answeredAt = recipients.map((r, i) =>
    input.answered(r.userId, i) ? new Date(input.opensAt.getTime() + random() * span * 0.8) : null,
  );
  await tx
    .insert(surveyRecipients)
    .values(recipients.map((r, i) => ({ surveyId: survey.id, ...r, answeredAt: answeredAt[i] ?? null })));
  const answering = recipients.flatMap((r, i) => {
    const at = answeredAt[i];
    return at ? [{ ...r, at }] : [];
  });
  if (answering.length === 0) return;
  const responses = await tx
    .insert(surveyResponses)
    .values(
      answering.map((r) => ({
        surveyId: survey.id,
        userId: r.userId,
        role: r.role,
        submittedAt: r.at,
        updatedAt: r.at,
      })),
    )
    .returning({ id: surveyResponses.id });
  const answers = responses.flatMap((response, i) =>
    questions.flatMap((q): AnswerRow[] => {
      const base: AnswerRow = {
        responseId: response.id,
        questionId: q.id,
        rating: null,
        choices: null,
        text: null,
      };
      if (q.kind === 'likert') {
        // Mentors rate themselves a notch higher at the start: they came in experienced.
        const lift = answering[i]?.role === 'mentor' && input.mood === 'before' ? 0.8 : 0;
        return [{ ...base, rating: rating((MEANS[input.mood][q.key] ?? 3.5) + lift, random) }];
      }
      if (q.kind === 'single')
        return [{ ...base, choices: [FREQUENCIES[(i + input.seed) % FREQUENCIES.length] as string] }];
      if (q.kind === 'multiple') {
        const pool = q.key === 'hopes' ? HOPES : PARTS;
        const picked = pool.filter((_, k) => k === 0 || random() < 0.45);
        return random() < 0.85 ? [{ ...base, choices: picked }] : [];
      }
      // About half write something; the texts rotate so each survey gets a mix.
      return random() < 0.5
        ? [{ ...base, text: FEEDBACK[(i + input.seed) % FEEDBACK.length] as string }]
        : [];
    }),
  );
  await tx.insert(surveyAnswers).values(answers);
}

/**
 * Surveys for a demo cohort. The past cohort has its start and end surveys, answered by most,
 * so results and start-vs-end comparisons have real figures. The running cohort has an answered
 * start survey and a mid-point survey open now that `openFor` (the demo actor) has not answered.
 */
export async function seedSurveys(
  tx: Tx,
  people: SurveyPeople,
  cohort: { kind: 'past' | 'running'; start: Date; end: Date; today: Date; openFor?: string },
): Promise<void> {
  const { start, end, today } = cohort;
  // Most answer; a few never do (every seventh person), as in any real survey.
  const most = (_: string, i: number) => i % 7 !== 3;
  await seedSurvey(tx, people, {
    template: 'start',
    opensAt: addDays(start, 2),
    closesAt: addDays(start, 21),
    answered: most,
    mood: 'before',
    seed: 11,
  });
  if (cohort.kind === 'past') {
    await seedSurvey(tx, people, {
      template: 'end',
      opensAt: addDays(end, -14),
      closesAt: addDays(end, 7),
      answered: (_, i) => i % 9 !== 4,
      mood: 'after',
      seed: 23,
    });
    return;
  }
  await seedSurvey(tx, people, {
    template: 'mid',
    opensAt: addDays(today, -4),
    closesAt: addDays(today, 14),
    answered: (userId, i) => userId !== cohort.openFor && i % 3 === 0,
    mood: 'after',
    seed: 37,
  });
}
