import type { OutboxEmail } from '@mentoring/db/schema';

/** Tells each person of a newly published pair who their pair is (Finnish and English together). */
export function matchPublishedEmail(input: {
  to: string;
  name: string;
  other: string;
  role: 'mentor' | 'actor';
  programName: string;
  url: string;
}): OutboxEmail {
  const { to, name, other, role, programName, url } = input;
  const fi = role === 'mentor' ? `aktorisi on ${other}` : `mentorisi on ${other}`;
  const en = role === 'mentor' ? `your actor is ${other}` : `your mentor is ${other}`;
  return {
    to,
    subject: `Mentoripari on muodostettu / Your mentoring pair: ${programName}`,
    text: [
      `Hei ${name},`,
      '',
      `ohjelmassa ${programName} ${fi}. Katso parin tiedot:`,
      url,
      '',
      '---',
      '',
      `Hello ${name},`,
      '',
      `in ${programName}, ${en}. See your pair:`,
      url,
    ].join('\n'),
  };
}
