import type { Match } from '@mentoring/contracts';

/** Who the viewer is to a pair; decides which controls show (the API decides what is allowed). */
export type PairRole = 'mentor' | 'actor' | 'coordinator';

export function pairRoleOf(match: Pick<Match, 'mentorId' | 'actorId'>, viewerId: string): PairRole {
  if (match.mentorId === viewerId) return 'mentor';
  if (match.actorId === viewerId) return 'actor';
  return 'coordinator';
}
