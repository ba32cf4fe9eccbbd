import type { DualCertificate } from '../types.ts';
import type { AssignmentProblem, AssignmentSolution } from './min-cost-assignment.ts';

/**
 * Checks a solution against the problem alone (not the solver's bookkeeping) by LP duality.
 *
 * Primal (max): sum W_ij x_ij, W_ij = unassignedCost - cost_ij, each row at most once, column j at
 * most capacity_j times. Dual (min): sum a_i + sum capacity_j b_j with a, b >= 0 and
 * a_i + b_j >= W_ij. From the potentials: a_i = unassignedCost - u_i, b_j = -v_j. Weak duality
 * bounds every assignment by the dual value, so equal values (zero gap) prove optimality. The
 * reduced cost a_i + b_j - W_ij = cost_ij - u_i - v_j is also the exact price of forcing pair (i, j)
 * in the LP sense, which is what explanations use.
 */
export function checkDualCertificate(
  problem: AssignmentProblem,
  solution: AssignmentSolution,
  placementWeight: number,
): DualCertificate {
  const { rows: n, cols: m, rowStart, arcCol, arcCost, capacity, unassignedCost: big } = problem;
  const { colOfRow, rowPotential: u, colPotential: v } = solution;
  let violations = 0;
  let primal = 0;
  let dual = 0;
  let minReduced = Infinity;
  const load = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const b = -(v[j] as number);
    if (!(b >= 0)) violations++;
    dual += (capacity[j] as number) * b;
  }
  for (let i = 0; i < n; i++) {
    const a = big - (u[i] as number);
    if (!(a >= 0)) violations++;
    dual += a;
    const assigned = colOfRow[i] as number;
    let assignedArcFound = assigned < 0;
    const end = rowStart[i + 1] as number;
    for (let k = rowStart[i] as number; k < end; k++) {
      const j = arcCol[k] as number;
      const c = arcCost[k] as number;
      const reduced = c - (u[i] as number) - (v[j] as number);
      if (reduced < minReduced) minReduced = reduced;
      if (j === assigned && !assignedArcFound) {
        assignedArcFound = true;
        primal += big - c;
      }
    }
    if (!assignedArcFound) violations++; // assigned along a forbidden pair
    if (assigned >= 0) load[assigned] = (load[assigned] as number) + 1;
  }
  for (let j = 0; j < m; j++) if ((load[j] as number) > (capacity[j] as number)) violations++;
  if (minReduced < 0) violations++;
  return {
    placementWeight,
    primalObjective: primal,
    dualObjective: dual,
    gap: dual - primal,
    minReducedCost: arcCol.length === 0 ? 0 : minReduced,
    arcsChecked: arcCol.length,
    violations,
  };
}

export function certifiesOptimal(certificate: DualCertificate): boolean {
  return certificate.violations === 0 && certificate.gap === 0 && certificate.minReducedCost >= 0;
}
