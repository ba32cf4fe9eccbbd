import type { AssignmentSolution } from '../assignment/min-cost-assignment.ts';
import type { Subproblem } from '../subproblem.ts';
import type { Certificate } from '../types.ts';

/** What an objective decides, in prepared (id-sorted) indices; solve() turns it into output. */
export interface Outcome {
  /** Mentor index per actor, -1 when unplaced; locked actors carry their lock. */
  mentorOf: Int32Array;
  certificate: Certificate;
  optimal: boolean;
  /** The score-maximising solve behind the result, kept for dual-based explanations. */
  duals: { sub: Subproblem; solution: AssignmentSolution } | null;
}
