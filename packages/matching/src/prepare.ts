import type { ArcLists } from './assignment/arc-lists.ts';
import { resolveMustHave, resolveWeights } from './criteria.ts';
import { MatchingInputError, type MatchingInputIssue } from './errors.ts';
import { ALLOWED, CONFLICT, EXCLUDED, type PairTable, scoreAllPairs } from './pair-table.ts';
import type { ActorInput, Criterion, MatchingInput, MentorInput, Objective, Weights } from './types.ts';
import { validateInput } from './validate.ts';

/** A validated input in canonical order: everything downstream works on indices into these arrays. */
export interface Prepared {
  actors: readonly ActorInput[];
  mentors: readonly MentorInput[];
  actorIndex: ReadonlyMap<string, number>;
  mentorIndex: ReadonlyMap<string, number>;
  weights: Weights;
  mustHave: Record<Criterion, boolean>;
  objective: Objective;
  table: PairTable;
  capacity: Int32Array;
  /** Mentor index each actor is locked to, -1 when free. */
  lockedMentor: Int32Array;
  /** Actors locked to each mentor. */
  lockedLoad: Int32Array;
  /** Allowed arcs of the free actors, sorted by cost (see subproblem.ts). */
  arcs: ArcLists;
  /** Actor index of each arc row. */
  rowActor: Int32Array;
}

/** Code-unit order, not locale order: the same on every machine and runtime. */
export const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Validates, sorts people by id (so the result never depends on input order) and scores all
 * pairs. Throws MatchingInputError listing every problem found.
 */
export function prepare(input: MatchingInput): Prepared {
  const structural = validateInput(input);
  if (structural.length > 0) throw new MatchingInputError(structural);
  const actors = [...input.actors].sort(byId);
  const mentors = [...input.mentors].sort(byId);
  const weights = resolveWeights(input.weights);
  const mustHave = resolveMustHave(input.mustHave);
  const actorIndex = new Map(actors.map((actor, i) => [actor.id, i]));
  const mentorIndex = new Map(mentors.map((mentor, j) => [mentor.id, j]));
  const lockedActors = new Set((input.locks ?? []).map((lock) => actorIndex.get(lock.actorId)));
  const { table, arcs, rowActor } = scoreAllPairs(
    actors,
    mentors,
    weights,
    mustHave,
    input.exclusions ?? [],
    (i) => !lockedActors.has(i),
  );
  const capacity = Int32Array.from(mentors, (mentor) => mentor.capacity);
  const lockedMentor = new Int32Array(actors.length).fill(-1);
  const lockedLoad = new Int32Array(mentors.length);
  const issues: MatchingInputIssue[] = [];
  for (const lock of input.locks ?? []) {
    const i = actorIndex.get(lock.actorId) as number;
    const j = mentorIndex.get(lock.mentorId) as number;
    const status = table.status[i * mentors.length + j];
    if (status !== ALLOWED) {
      const why =
        status === CONFLICT ? 'a conflict of interest' : status === EXCLUDED ? 'an exclusion' : 'a must-have';
      issues.push({
        code: 'lock_forbidden',
        message: `Lock ${lock.actorId} – ${lock.mentorId} is forbidden by ${why}`,
        ...lock,
      });
      continue;
    }
    lockedMentor[i] = j;
    lockedLoad[j] = (lockedLoad[j] as number) + 1;
  }
  mentors.forEach((mentor, j) => {
    if ((lockedLoad[j] as number) > mentor.capacity) {
      issues.push({
        code: 'lock_capacity',
        message: `Mentor ${mentor.id} has ${lockedLoad[j]} locked actors but capacity ${mentor.capacity}`,
        mentorId: mentor.id,
      });
    }
  });
  if (issues.length > 0) throw new MatchingInputError(issues);
  return {
    actors,
    mentors,
    actorIndex,
    mentorIndex,
    weights,
    mustHave,
    objective: input.objective ?? 'maxTotal',
    table,
    capacity,
    lockedMentor,
    lockedLoad,
    arcs,
    rowActor,
  };
}
