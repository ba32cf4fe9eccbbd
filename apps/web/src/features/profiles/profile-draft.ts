import type { ProfileView, Tag, UpdateProfileBody } from '@mentoring/contracts';
import type { MeetingMode, ProfileLanguage } from './profile-options.ts';

/** The profile as it is being edited; numbers are NaN while their field is empty. */
export interface ProfileDraft {
  bio: string;
  sectors: string[];
  topics: string[];
  languages: ProfileLanguage[];
  municipality: string;
  meetingModes: MeetingMode[];
  capacity: number;
  yearsOfExperience: number;
  goals: string;
  conflicts: string[];
}

export function draftOf({ profile }: ProfileView): ProfileDraft {
  return {
    bio: profile.bio,
    sectors: profile.sectors,
    topics: profile.topics,
    languages: profile.languages,
    municipality: profile.municipality,
    meetingModes: profile.meetingModes,
    capacity: profile.capacity ?? Number.NaN,
    yearsOfExperience: profile.yearsOfExperience ?? Number.NaN,
    goals: profile.goals,
    conflicts: profile.conflicts,
  };
}

const orNull = (value: number) => (Number.isNaN(value) ? null : value);

/**
 * What to save. Choices whose tag the coordinator has since removed would be refused, so they are
 * dropped. A mentor's conflicts are sent only when some actors are visible to them (`visibleActorIds`
 * non-empty): conflicts with actors they cannot see stay as they are; only the visible ones change.
 */
export function toUpdateBody(
  draft: ProfileDraft,
  {
    role,
    tags,
    savedConflicts,
    visibleActorIds,
  }: {
    role: ProfileView['role'];
    tags: readonly Tag[];
    savedConflicts: readonly string[];
    visibleActorIds: ReadonlySet<string>;
  },
): UpdateProfileBody {
  const known = new Set(tags.map((tag) => `${tag.kind}:${tag.slug}`));
  const body: UpdateProfileBody = {
    bio: draft.bio.trim(),
    sectors: draft.sectors.filter((slug) => known.has(`sector:${slug}`)),
    topics: draft.topics.filter((slug) => known.has(`topic:${slug}`)),
    languages: draft.languages,
    municipality: draft.municipality.trim(),
    meetingModes: draft.meetingModes,
  };
  if (role !== 'mentor') {
    return { ...body, yearsOfExperience: orNull(draft.yearsOfExperience), goals: draft.goals.trim() };
  }
  body.capacity = orNull(draft.capacity);
  if (visibleActorIds.size > 0) {
    body.conflicts = [
      ...savedConflicts.filter((id) => !visibleActorIds.has(id)),
      ...draft.conflicts.filter((id) => visibleActorIds.has(id)),
    ];
  }
  return body;
}
