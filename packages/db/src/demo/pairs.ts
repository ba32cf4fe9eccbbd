import { type ActorInput, labelReasons, type MentorInput, solve } from '@mentoring/matching';
import type { Tx } from '../client.ts';
import { DEFAULT_TAGS } from '../program-defaults.ts';
import { matches, wishes } from '../schema/index.ts';
import type { DemoProfile } from './profiles.ts';

export interface DemoCohortPeople {
  programId: string;
  coordinatorId: string;
  mentors: { userId: string; profile: DemoProfile; conflicts: string[] }[];
  actors: { userId: string; profile: DemoProfile }[];
}

// The demo programs use the default vocabulary, so its labels name the tags in stored reasons.
const TAG_LABELS = new Map(DEFAULT_TAGS.map((t) => [t.slug, { fi: t.labelFi, en: t.labelEn }]));

/**
 * Ranked wishes with real contention: many actors want the same few mentors (and the film
 * producer who takes only one actor), so the suggestion has trade-offs to explain.
 */
function demoWishes(people: DemoCohortPeople): Map<string, string[]> {
  const m = people.mentors.length;
  const result = new Map<string, string[]>();
  people.actors.forEach((actor, i) => {
    if (i % 7 === 6) return; // a few actors leave the choice to the coordinator
    const picks = [i % 3 === 0 ? m - 1 : (i * 3) % m, (i * 5 + 1) % m, (i + 4) % m];
    const ids = [...new Set(picks)]
      .map((k) => people.mentors[k])
      .filter((mentor) => mentor && !mentor.conflicts.includes(actor.userId))
      .map((mentor) => mentor?.userId as string);
    result.set(actor.userId, ids.slice(0, 1 + (i % 3)));
  });
  return result;
}

export async function seedWishes(tx: Tx, people: DemoCohortPeople, at: Date): Promise<Map<string, string[]>> {
  const wished = demoWishes(people);
  const rows = [...wished].flatMap(([actorId, mentorIds]) =>
    mentorIds.map((mentorId, i) => ({
      programId: people.programId,
      actorId,
      mentorId,
      rank: i + 1,
      createdAt: at,
    })),
  );
  if (rows.length > 0) await tx.insert(wishes).values(rows);
  return wished;
}

/** Confirms the engine's optimal pairing, as a coordinator would have done at the start. */
export async function seedPairs(
  tx: Tx,
  people: DemoCohortPeople,
  wished: Map<string, string[]>,
  timeline: { publishedAt: Date; endedAt?: Date; endedEarly?: { at: Date; reasons: string[] } },
): Promise<{ id: string; mentorId: string; actorId: string }[]> {
  const actors: ActorInput[] = people.actors.map(({ userId, profile }) => ({
    id: userId,
    sectors: profile.sectors,
    needs: profile.topics,
    languages: profile.languages,
    municipality: profile.municipality,
    meetingModes: profile.meetingModes as ActorInput['meetingModes'],
    wishes: wished.get(userId) ?? [],
  }));
  const mentors: MentorInput[] = people.mentors.map(({ userId, profile, conflicts }) => ({
    id: userId,
    sectors: profile.sectors,
    expertise: profile.topics,
    languages: profile.languages,
    municipality: profile.municipality,
    meetingModes: profile.meetingModes as MentorInput['meetingModes'],
    capacity: profile.capacity ?? 0,
    conflicts,
  }));
  const result = solve({ actors, mentors });
  const ended = timeline.endedEarly;
  return tx
    .insert(matches)
    .values(
      result.pairs.map((pair, i) => {
        const endsEarly = ended && i < ended.reasons.length;
        const closed = timeline.endedAt !== undefined;
        return {
          programId: people.programId,
          actorId: pair.actorId,
          mentorId: pair.mentorId,
          status: endsEarly ? ('ended' as const) : closed ? ('completed' as const) : ('active' as const),
          score: pair.score,
          explanation: { breakdown: pair.breakdown, reasons: labelReasons(pair.reasons, TAG_LABELS) },
          endedReason: endsEarly ? (ended.reasons[i] ?? null) : closed ? 'goals_reached' : null,
          createdBy: people.coordinatorId,
          createdAt: timeline.publishedAt,
          publishedAt: timeline.publishedAt,
          endedAt: endsEarly ? ended.at : (timeline.endedAt ?? null),
        };
      }),
    )
    .returning({ id: matches.id, mentorId: matches.mentorId, actorId: matches.actorId });
}
