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
  const { rows: n, cols: m, cost, capacity, unassignedCost: big } = problem;
  const { colOfRow, rowPotential: u, colPotential: v } = solution;
  let violations = 0;
  let primal = 0;
  const load = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const j = colOfRow[i] as number;
    if (j < 0) continue;
    const c = cost[i * m + j] as number;
    if (!Number.isFinite(c)) violations++;
    else primal += big - c;
    load[j] = (load[j] as number) + 1;
  }
  let dual = 0;
  for (let i = 0; i < n; i++) {
    const a = big - (u[i] as number);
    if (!(a >= 0)) violations++;
    dual += a;
  }
  for (let j = 0; j < m; j++) {
    const b = -(v[j] as number);
    if (!(b >= 0)) violations++;
    if ((load[j] as number) > (capacity[j] as number)) violations++;
    dual += (capacity[j] as number) * b;
  }
  let minReduced = Infinity;
  let arcs = 0;
  for (let i = 0; i < n; i++) {
    const off = i * m;
    const ui = u[i] as number;
    for (let j = 0; j < m; j++) {
      const c = cost[off + j] as number;
      if (c === Infinity) continue;
      arcs++;
      const reduced = c - ui - (v[j] as number);
      if (reduced < minReduced) minReduced = reduced;
    }
  }
  if (minReduced < 0) violations++;
  return {
    placementWeight,
    primalObjective: primal,
    dualObjective: dual,
    gap: dual - primal,
    minReducedCost: arcs === 0 ? 0 : minReduced,
    arcsChecked: arcs,
    violations,
  };
}

export function certifiesOptimal(certificate: DualCertificate): boolean {
  return certificate.violations === 0 && certificate.gap === 0 && certificate.minReducedCost >= 0;
}
