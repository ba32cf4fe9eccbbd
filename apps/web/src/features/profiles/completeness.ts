import type { ParticipantRole } from '@mentoring/contracts';

export type ProfilePart =
  | 'bio'
  | 'sectors'
  | 'topics'
  | 'languages'
  | 'municipality'
  | 'meetingModes'
  | 'capacity'
  | 'goals'
  | 'yearsOfExperience';

/** The profile fields the program's matching reads, as they are being edited (numbers: NaN when empty). */
export interface CompletenessInput {
  bio: string;
  sectors: readonly string[];
  topics: readonly string[];
  languages: readonly string[];
  municipality: string;
  meetingModes: readonly string[];
  capacity: number | null;
  yearsOfExperience: number | null;
  goals: string;
}

const filledNumber = (value: number | null) => value !== null && !Number.isNaN(value);

/**
 * Which parts count for this role and whether each is filled. The same rule as the API's
 * `profileCompleteness`, so the meter moves while the person types, before anything is saved.
 */
export function profileParts(
  role: ParticipantRole,
  p: CompletenessInput,
): { part: ProfilePart; filled: boolean }[] {
  const common: { part: ProfilePart; filled: boolean }[] = [
    { part: 'bio', filled: p.bio.trim().length > 0 },
    { part: 'sectors', filled: p.sectors.length > 0 },
    { part: 'topics', filled: p.topics.length > 0 },
    { part: 'languages', filled: p.languages.length > 0 },
    { part: 'municipality', filled: p.municipality.trim().length > 0 },
    { part: 'meetingModes', filled: p.meetingModes.length > 0 },
  ];
  if (role === 'mentor') return [...common, { part: 'capacity', filled: filledNumber(p.capacity) }];
  if (role === 'actor') {
    return [
      ...common,
      { part: 'goals', filled: p.goals.trim().length > 0 },
      { part: 'yearsOfExperience', filled: filledNumber(p.yearsOfExperience) },
    ];
  }
  return [];
}

export function profileCompleteness(role: ParticipantRole, p: CompletenessInput): number {
  const parts = profileParts(role, p);
  if (parts.length === 0) return 100;
  return Math.round((parts.filter((part) => part.filled).length / parts.length) * 100);
}

export function missingParts(role: ParticipantRole, p: CompletenessInput): ProfilePart[] {
  return profileParts(role, p)
    .filter((part) => !part.filled)
    .map((part) => part.part);
}
