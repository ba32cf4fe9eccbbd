import type { ParticipantRole } from '@mentoring/contracts';
import type { OutboxEmail } from '@mentoring/db/schema';

/**
 * Emails go out in Finnish and English together: an invitee has no language setting yet, and
 * Finnish programs routinely include English and Swedish speakers.
 */
const ROLE = {
  coordinator: { fi: 'koordinaattoriksi', en: 'a coordinator' },
  mentor: { fi: 'mentoriksi', en: 'a mentor' },
  actor: { fi: 'aktoriksi', en: 'an actor (mentee)' },
} satisfies Record<ParticipantRole, { fi: string; en: string }>;

export function invitationEmail(input: {
  to: string;
  name: string;
  programName: string;
  role: ParticipantRole;
  url: string;
  validDays: number;
}): OutboxEmail {
  const { to, name, programName, role, url, validDays } = input;
  return {
    to,
    subject: `Kutsu ohjelmaan ${programName} / Invitation to ${programName}`,
    text: [
      `Hei ${name},`,
      '',
      `sinut on kutsuttu ohjelmaan ${programName} ${ROLE[role].fi}. Hyväksy kutsu tästä linkistä (voimassa ${validDays} päivää):`,
      url,
      '',
      '---',
      '',
      `Hello ${name},`,
      '',
      `you have been invited to ${programName} as ${ROLE[role].en}. Accept the invitation with this link (valid for ${validDays} days):`,
      url,
    ].join('\n'),
  };
}

export function passwordResetEmail(input: {
  to: string;
  name: string;
  url: string;
  validMinutes: number;
}): OutboxEmail {
  const { to, name, url, validMinutes } = input;
  return {
    to,
    subject: 'Salasanan vaihto / Password reset',
    text: [
      `Hei ${name},`,
      '',
      `voit asettaa uuden salasanan tästä linkistä (voimassa ${validMinutes} minuuttia):`,
      url,
      'Jos et pyytänyt salasanan vaihtoa, voit jättää tämän viestin huomiotta.',
      '',
      '---',
      '',
      `Hello ${name},`,
      '',
      `you can set a new password with this link (valid for ${validMinutes} minutes):`,
      url,
      'If you did not ask for this, you can ignore this message.',
    ].join('\n'),
  };
}
