import type { MatchingInput, PairRef } from '../src/index.ts';
import { scorePair } from '../src/index.ts';
import { isAllowed } from './arbitraries.ts';

export interface Best {
  placed: number;
  total: number;
  /** Lowest pair score, -1 when nobody is placed. */
  worst: number;
}

export interface Oracle {
  /** Most placed, then highest total. */
  maxTotal: Best;
  /** Most placed, then highest lowest pair, then highest total. */
  fair: Best;
}

/**
 * Enumerates every feasible assignment of a small input (locks kept, capacities and forbidden
 * pairs respected), scored with the public scorePair: an oracle sharing no code with the solver.
 */
export function bruteForce(input: MatchingInput): Oracle {
  const { actors, mentors } = input;
  const locked = new Map((input.locks ?? []).map((lock) => [lock.actorId, lock.mentorId]));
  const score = actors.map((actor) =>
    mentors.map((mentor) => (isAllowed(input, actor, mentor) ? scorePair(actor, mentor, input).score : -1)),
  );
  const load = mentors.map(() => 0);
  const maxTotal: Best = { placed: -1, total: -1, worst: -1 };
  const fair: Best = { placed: -1, total: -1, worst: -1 };
  const visit = (i: number, placed: number, total: number, worst: number): void => {
    if (i === actors.length) {
      if (placed > maxTotal.placed || (placed === maxTotal.placed && total > maxTotal.total)) {
        Object.assign(maxTotal, { placed, total, worst });
      }
      const better =
        placed > fair.placed ||
        (placed === fair.placed && (worst > fair.worst || (worst === fair.worst && total > fair.total)));
      if (better) Object.assign(fair, { placed, total, worst });
      return;
    }
    const lockedTo = locked.get(actors[i]?.id ?? '');
    if (lockedTo === undefined) visit(i + 1, placed, total, worst);
    mentors.forEach((mentor, j) => {
      const s = score[i]?.[j] ?? -1;
      if (lockedTo !== undefined && mentor.id !== lockedTo) return;
      if (s < 0 || (load[j] as number) >= mentor.capacity) return;
      load[j] = (load[j] as number) + 1;
      visit(i + 1, placed + 1, total + s, worst < 0 || s < worst ? s : worst);
      load[j] = (load[j] as number) - 1;
    });
  };
  visit(0, 0, 0, -1);
  return { maxTotal, fair };
}

/**
 * Is there an assignment placing `placed` actors with every pair (locked ones included) scoring
 * at least `floor`? Used to confirm that the fair floor cannot be raised.
 */
export function feasibleAtFloor(input: MatchingInput, placed: number, floor: number): boolean {
  const { actors, mentors } = input;
  const locked = new Map((input.locks ?? []).map((lock) => [lock.actorId, lock.mentorId]));
  const load = mentors.map(() => 0);
  const ok = actors.map((actor) =>
    mentors.map(
      (mentor) => isAllowed(input, actor, mentor) && scorePair(actor, mentor, input).score >= floor,
    ),
  );
  const visit = (i: number, count: number): boolean => {
    if (i === actors.length) return count >= placed;
    const lockedTo = locked.get(actors[i]?.id ?? '');
    if (lockedTo === undefined && visit(i + 1, count)) return true;
    return mentors.some((mentor, j) => {
      if (lockedTo !== undefined && mentor.id !== lockedTo) return false;
      if (!ok[i]?.[j] || (load[j] as number) >= mentor.capacity) return false;
      load[j] = (load[j] as number) + 1;
      const found = visit(i + 1, count + 1);
      load[j] = (load[j] as number) - 1;
      return found;
    });
  };
  return visit(0, 0);
}

export function lockedWith(input: MatchingInput, extra: PairRef): MatchingInput {
  return { ...input, locks: [...(input.locks ?? []), extra] };
}
