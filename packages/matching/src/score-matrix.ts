import { CONFLICT, EXCLUDED, MUST_HAVE_UNMET } from './pair-table.ts';
import { prepare } from './prepare.ts';
import type { ForbiddenReason, MatchingInput } from './types.ts';

/** Every pair's score and why it is forbidden, for a heatmap. Rows and columns are sorted by id. */
export interface ScoreMatrix {
  actorIds: string[];
  mentorIds: string[];
  /** scores[actor][mentor], 0..100, also for forbidden pairs (so a UI can show what is lost). */
  scores: number[][];
  forbidden: (ForbiddenReason | null)[][];
}

const FORBIDDEN: Record<number, ForbiddenReason | null> = {
  [CONFLICT]: 'conflict',
  [EXCLUDED]: 'excluded',
  [MUST_HAVE_UNMET]: 'must_have_unmet',
};

export function scoreMatrix(input: MatchingInput): ScoreMatrix {
  const { actors, mentors, table } = prepare(input);
  const m = mentors.length;
  return {
    actorIds: actors.map((actor) => actor.id),
    mentorIds: mentors.map((mentor) => mentor.id),
    scores: actors.map((_, i) => Array.from(table.scores.subarray(i * m, (i + 1) * m))),
    forbidden: actors.map((_, i) =>
      Array.from(table.status.subarray(i * m, (i + 1) * m), (status) => FORBIDDEN[status] ?? null),
    ),
  };
}
