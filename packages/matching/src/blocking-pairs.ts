import { MatchingInputError } from './errors.ts';
import { ALLOWED } from './pair-table.ts';
import { type Prepared, prepare } from './prepare.ts';
import type { MatchingInput, PairRef } from './types.ts';

/**
 * Pairs (actor, mentor) that would both rather be together than keep their current assignment:
 * the actor scores the mentor higher than its own (ties: lower mentor id; any mentor beats none)
 * and the mentor has a free slot or scores the actor higher than its weakest current actor (ties:
 * lower actor id). Locked pairs are fixed: locked actors cannot move, locked slots cannot free up.
 */
export function blockingPairsOf(prepared: Prepared, mentorOf: Int32Array): PairRef[] {
  const { actors, mentors, table, capacity, lockedMentor, lockedLoad } = prepared;
  const { scores, status } = table;
  const m = mentors.length;
  const load = Int32Array.from(lockedLoad);
  const weakest = new Int32Array(m).fill(-1);
  /** Does mentor j prefer actor a to actor b? */
  const prefers = (j: number, a: number, b: number): boolean => {
    const sa = scores[a * m + j] as number;
    const sb = scores[b * m + j] as number;
    return sa > sb || (sa === sb && a < b);
  };
  mentorOf.forEach((j, i) => {
    if (j < 0 || (lockedMentor[i] as number) >= 0) return;
    load[j] = (load[j] as number) + 1;
    const w = weakest[j] as number;
    if (w < 0 || prefers(j, w, i)) weakest[j] = i;
  });
  const found: PairRef[] = [];
  for (let i = 0; i < actors.length; i++) {
    if ((lockedMentor[i] as number) >= 0) continue;
    const current = mentorOf[i] as number;
    const own = current < 0 ? -1 : (scores[i * m + current] as number);
    for (let j = 0; j < m; j++) {
      if (j === current || status[i * m + j] !== ALLOWED) continue;
      const score = scores[i * m + j] as number;
      const actorWants = current < 0 || score > own || (score === own && j < current);
      if (!actorWants) continue;
      const w = weakest[j] as number;
      const mentorWants = (load[j] as number) < (capacity[j] as number) || (w >= 0 && prefers(j, i, w));
      if (mentorWants)
        found.push({
          actorId: (actors[i] as { id: string }).id,
          mentorId: (mentors[j] as { id: string }).id,
        });
    }
  }
  return found;
}

/**
 * Blocking pairs of an assignment under score preferences (rules above); a stable
 * assignment has none. Pairs of locked actors are taken from the input's locks.
 */
export function blockingPairs(input: MatchingInput, pairs: readonly PairRef[]): PairRef[] {
  const prepared = prepare(input);
  const mentorOf = Int32Array.from(prepared.lockedMentor);
  for (const pair of pairs) {
    const i = prepared.actorIndex.get(pair.actorId);
    const j = prepared.mentorIndex.get(pair.mentorId);
    if (i === undefined || j === undefined) {
      throw new MatchingInputError([
        {
          code: 'unknown_id',
          message: `Pair ${pair.actorId} – ${pair.mentorId} names an unknown id`,
          ...pair,
        },
      ]);
    }
    if ((prepared.lockedMentor[i] as number) < 0) mentorOf[i] = j;
  }
  return blockingPairsOf(prepared, mentorOf);
}
