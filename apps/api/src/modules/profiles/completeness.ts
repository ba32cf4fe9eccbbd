import type { ParticipantRole, Profile } from '@mentoring/contracts';

/** Share (0-100) of the profile that matching uses, filled in. Coordinators have no profile to fill. */
export function profileCompleteness(role: ParticipantRole, p: Profile): number {
  const common = [
    p.bio.length > 0,
    p.sectors.length > 0,
    p.topics.length > 0,
    p.languages.length > 0,
    p.municipality.length > 0,
    p.meetingModes.length > 0,
  ];
  const parts =
    role === 'mentor'
      ? [...common, p.capacity !== null]
      : role === 'actor'
        ? [...common, p.goals.length > 0, p.yearsOfExperience !== null]
        : [];
  if (parts.length === 0) return 100;
  return Math.round((parts.filter(Boolean).length / parts.length) * 100);
}
