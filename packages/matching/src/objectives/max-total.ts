import type { ArcLists } from '../assignment/arc-lists.ts';
import { certifiesOptimal, checkDualCertificate } from '../assignment/dual-certificate.ts';
import { solveAssignment } from '../assignment/min-cost-assignment.ts';
import type { Prepared } from '../prepare.ts';
import { buildArcs, residualCapacity, toSubproblem } from '../subproblem.ts';
import type { Outcome } from './outcome.ts';

/**
 * Most placed actors first, then the highest total score: one min-cost assignment where leaving
 * an actor out costs more than any score difference could repay (see Subproblem.placementWeight).
 * Cardinality first because an unplaced actor gets no mentoring at all, which no gain in fit for
 * the others can make up for.
 */
export function solveMaxTotal(prepared: Prepared): Outcome {
  const { rowActor, arcs } = buildArcs(prepared);
  return maxTotalOn(prepared, rowActor, arcs, residualCapacity(prepared));
}

export function maxTotalOn(
  prepared: Prepared,
  rowActor: Int32Array,
  arcs: ArcLists,
  capacity: Int32Array,
): Outcome {
  const sub = toSubproblem(rowActor, arcs, capacity);
  const solution = solveAssignment(sub.problem);
  const dual = checkDualCertificate(sub.problem, solution, sub.placementWeight);
  const mentorOf = Int32Array.from(prepared.lockedMentor);
  rowActor.forEach((actor, row) => {
    mentorOf[actor] = solution.colOfRow[row] as number;
  });
  return {
    mentorOf,
    certificate: { dual, floor: null, blockingPairs: null },
    optimal: certifiesOptimal(dual),
    duals: { sub, solution },
  };
}
