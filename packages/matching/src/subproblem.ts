import type { ArcLists } from './assignment/arc-lists.ts';
import type { AssignmentProblem } from './assignment/min-cost-assignment.ts';
import { MAX_SCORE } from './criteria.ts';
import type { Prepared } from './prepare.ts';

/** The free part of a problem once locked pairs have taken their actors and slots. */
export interface Subproblem {
  /** Actor index of each row. */
  rowActor: Int32Array;
  problem: AssignmentProblem;
  /**
   * Weight of one placed actor in the combined objective placementWeight * placed + score total.
   * It exceeds any achievable score total, so more placed actors always win (cardinality first).
   */
  placementWeight: number;
}

/** Rows are free (unlocked) actors, columns all mentors; built together with the scores. */
export function buildArcs(prepared: Prepared): { rowActor: Int32Array; arcs: ArcLists } {
  return { rowActor: prepared.rowActor, arcs: prepared.arcs };
}

/** Keeps the arcs scoring at least minScore: a prefix of each row, as rows are sorted by cost. */
export function restrictArcs(arcs: ArcLists, minScore: number): ArcLists {
  const maxCost = MAX_SCORE - minScore;
  const rowStart = new Int32Array(arcs.rows + 1);
  let kept = 0;
  for (let i = 0; i < arcs.rows; i++) {
    const end = arcs.rowStart[i + 1] as number;
    for (let k = arcs.rowStart[i] as number; k < end && (arcs.arcCost[k] as number) <= maxCost; k++) kept++;
    rowStart[i + 1] = kept;
  }
  const arcCol = new Int32Array(kept);
  const arcCost = new Int32Array(kept);
  for (let i = 0; i < arcs.rows; i++) {
    const from = arcs.rowStart[i] as number;
    const count = (rowStart[i + 1] as number) - (rowStart[i] as number);
    arcCol.set(arcs.arcCol.subarray(from, from + count), rowStart[i] as number);
    arcCost.set(arcs.arcCost.subarray(from, from + count), rowStart[i] as number);
  }
  return { rows: arcs.rows, cols: arcs.cols, rowStart, arcCol, arcCost };
}

export function residualCapacity(prepared: Prepared): Int32Array {
  return prepared.capacity.map((cap, j) => cap - (prepared.lockedLoad[j] as number));
}

export function toSubproblem(rowActor: Int32Array, arcs: ArcLists, capacity: Int32Array): Subproblem {
  const slots = capacity.reduce((sum, cap) => sum + cap, 0);
  const placementWeight = MAX_SCORE * Math.min(arcs.rows, slots) + 1;
  return {
    rowActor,
    problem: { ...arcs, capacity, unassignedCost: placementWeight + MAX_SCORE },
    placementWeight,
  };
}
