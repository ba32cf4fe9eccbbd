import type { Db } from '@mentoring/db';
import { matches, participants, users } from '@mentoring/db/schema';
import type { ActorInput, MeetingMode, MentorInput, PairRef } from '@mentoring/matching';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { loadProfiles } from '../profiles/profiles.repository.ts';
import type { WishesService } from '../wishes/wishes.service.ts';

export interface MatchingPool {
  actors: ActorInput[];
  mentors: MentorInput[];
  /** Pairs already running (active or paused): the engine keeps them as locks. */
  runningPairs: PairRef[];
  names: Map<string, { name: string; role: 'mentor' | 'actor' }>;
}

/** Reads the program's people, profiles, wishes and running pairs into the engine's plain input. */
export async function loadMatchingPool(
  db: Db,
  wishes: WishesService,
  programId: string,
): Promise<MatchingPool> {
  const people = await db
    .select({ participantId: participants.id, userId: users.id, name: users.name, role: participants.role })
    .from(participants)
    .innerJoin(users, eq(users.id, participants.userId))
    .where(
      and(
        eq(participants.programId, programId),
        isNull(participants.removedAt),
        inArray(participants.role, ['mentor', 'actor']),
      ),
    )
    .orderBy(asc(users.name), asc(users.id));
  const profileByUser = await loadProfiles(db, programId, people);
  const wishesByActor = new Map((await wishes.load(programId)).map((w) => [w.actorId, w.mentorIds]));
  const running = await db
    .select({ actorId: matches.actorId, mentorId: matches.mentorId })
    .from(matches)
    .where(and(eq(matches.programId, programId), inArray(matches.status, ['active', 'paused'])));

  const actors: ActorInput[] = [];
  const mentors: MentorInput[] = [];
  const names = new Map<string, { name: string; role: 'mentor' | 'actor' }>();
  for (const person of people) {
    const profile = profileByUser.get(person.userId);
    if (!profile) continue;
    const role = person.role as 'mentor' | 'actor';
    names.set(person.userId, { name: person.name, role });
    const common = {
      id: person.userId,
      languages: profile.languages,
      municipality: profile.municipality,
      meetingModes: profile.meetingModes as MeetingMode[],
    };
    if (role === 'mentor') {
      mentors.push({
        ...common,
        sectors: profile.sectors,
        expertise: profile.topics,
        // A mentor who has not stated a capacity is not offered: the database would refuse them too.
        capacity: profile.capacity ?? 0,
        conflicts: profile.conflicts,
      });
    } else {
      actors.push({
        ...common,
        sectors: profile.sectors,
        needs: profile.topics,
        wishes: wishesByActor.get(person.userId) ?? [],
      });
    }
  }
  return { actors, mentors, runningPairs: running, names };
}
