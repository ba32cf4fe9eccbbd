import type { Profile } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { conflictsOfInterest, profiles } from '@mentoring/db/schema';
import { and, eq, inArray } from 'drizzle-orm';

type ProfileRow = typeof profiles.$inferSelect;

export const emptyProfile = (): Profile => ({
  bio: '',
  sectors: [],
  topics: [],
  languages: [],
  municipality: '',
  meetingModes: [],
  capacity: null,
  yearsOfExperience: null,
  goals: '',
  conflicts: [],
});

function toProfile(row: ProfileRow | undefined, conflicts: string[]): Profile {
  if (!row) return { ...emptyProfile(), conflicts };
  return {
    bio: row.bio,
    sectors: row.sectors,
    topics: row.topics,
    languages: row.languages as Profile['languages'],
    municipality: row.municipality,
    meetingModes: row.meetingModes as Profile['meetingModes'],
    capacity: row.capacity,
    yearsOfExperience: row.yearsOfExperience,
    goals: row.goals,
    conflicts,
  };
}

/** Profiles of many participants at once (one query each for profiles and conflicts). */
export async function loadProfiles(
  db: Db,
  programId: string,
  people: { participantId: string; userId: string }[],
): Promise<Map<string, Profile>> {
  const result = new Map<string, Profile>();
  if (people.length === 0) return result;
  const rows = await db
    .select()
    .from(profiles)
    .where(
      inArray(
        profiles.participantId,
        people.map((p) => p.participantId),
      ),
    );
  const conflictRows = await db
    .select({ mentorId: conflictsOfInterest.mentorId, actorId: conflictsOfInterest.actorId })
    .from(conflictsOfInterest)
    .where(
      and(
        eq(conflictsOfInterest.programId, programId),
        inArray(
          conflictsOfInterest.mentorId,
          people.map((p) => p.userId),
        ),
      ),
    );
  const byParticipant = new Map(rows.map((r) => [r.participantId, r]));
  for (const person of people) {
    const conflicts = conflictRows.filter((c) => c.mentorId === person.userId).map((c) => c.actorId);
    result.set(person.userId, toProfile(byParticipant.get(person.participantId), conflicts));
  }
  return result;
}
