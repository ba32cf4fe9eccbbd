import type { LocalizedText } from '@mentoring/contracts';
import type { OutboxEmail } from '@mentoring/db/schema';

/** What an email about a survey needs: who, which survey, where it lives, when it closes. */
export interface SurveyMailInput {
  to: { email: string; name: string };
  survey: { id: string; programId: string; title: LocalizedText; closesAt: Date };
  publicUrl: string;
}

// Recipients may read either language, so every message carries both, Finnish first.
const closingTime = new Intl.DateTimeFormat('fi-FI', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Helsinki',
});
const closing = (closesAt: Date) => closingTime.format(closesAt);
const link = ({ survey, publicUrl }: SurveyMailInput) =>
  `${publicUrl}/programs/${survey.programId}/surveys/${survey.id}`;

export function invitationEmail(input: SurveyMailInput): OutboxEmail {
  const closes = closing(input.survey.closesAt);
  return {
    to: input.to.email,
    subject: `Kysely: ${input.survey.title.fi} / Survey: ${input.survey.title.en}`,
    text: [
      `Hei ${input.to.name},`,
      '',
      `vastaathan kyselyyn ${closes} mennessä. Vastaukset näytetään vain vähintään viiden hengen ryhminä.`,
      link(input),
      '',
      `Please answer the survey by ${closes}. Answers are shown only for groups of five or more.`,
    ].join('\n'),
  };
}

export function reminderEmail(input: SurveyMailInput): OutboxEmail {
  const closes = closing(input.survey.closesAt);
  return {
    to: input.to.email,
    subject: `Muistutus: ${input.survey.title.fi} / Reminder: ${input.survey.title.en}`,
    text: [
      `Hei ${input.to.name},`,
      '',
      `kysely sulkeutuu ${closes}. Vastaaminen vie muutaman minuutin:`,
      link(input),
      '',
      `The survey closes ${closes}. Answering takes a few minutes.`,
    ].join('\n'),
  };
}
