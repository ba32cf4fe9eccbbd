import type { Prepared } from '../prepare.ts';
import { buildArcs, residualCapacity } from '../subproblem.ts';
import type { Outcome } from './outcome.ts';

/**
 * Actor-proposing deferred acceptance (Gale–Shapley with capacities) over the allowed pairs.
 * Actors rank mentors by score, mentors rank actors by score, ties by id on both sides; an
 * actor's arc list is already in that order (score descending, mentor index ascending). Locked
 * actors stay out of the market and their slots are gone. Actor-optimal among stable matchings.
 */
export function solveStable(prepared: Prepared): Outcome {
  const { rowActor, arcs } = buildArcs(prepared);
  const { rowStart, arcCol } = arcs;
  const capacity = residualCapacity(prepared);
  const { scores } = prepared.table;
  const m = prepared.mentors.length;
  const n = rowActor.length;
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  const held = new Int32Array(slotStart[m] as number);
  const load = new Int32Array(m);
  const next = Int32Array.from(rowStart.subarray(0, n));
  const colOfRow = new Int32Array(n).fill(-1);
  // Free rows wait in a circular FIFO; a row is in it at most once at a time. Every turn uses up
  // one arc of some row, so the loop ends.
  const queue = new Int32Array(Math.max(n, 1));
  let head = 0;
  let waiting = n;
  for (let row = 0; row < n; row++) queue[row] = row;
  const enqueue = (row: number): void => {
    queue[(head + waiting) % queue.length] = row;
    waiting++;
  };
  /** Does mentor j prefer row a to row b? */
  const prefers = (j: number, a: number, b: number): boolean => {
    const sa = scores[(rowActor[a] as number) * m + j] as number;
    const sb = scores[(rowActor[b] as number) * m + j] as number;
    return sa > sb || (sa === sb && a < b);
  };
  while (waiting > 0) {
    const row = queue[head] as number;
    head = (head + 1) % queue.length;
    waiting--;
    if ((next[row] as number) >= (rowStart[row + 1] as number)) continue; // every mentor said no
    const j = arcCol[next[row] as number] as number;
    next[row] = (next[row] as number) + 1;
    const s0 = slotStart[j] as number;
    if ((load[j] as number) < (capacity[j] as number)) {
      held[s0 + (load[j] as number)] = row;
      load[j] = (load[j] as number) + 1;
      colOfRow[row] = j;
      continue;
    }
    let worstAt = -1;
    for (let s = s0; s < s0 + (load[j] as number); s++) {
      if (worstAt < 0 || prefers(j, held[worstAt] as number, held[s] as number)) worstAt = s;
    }
    if (worstAt >= 0 && prefers(j, row, held[worstAt] as number)) {
      const rejected = held[worstAt] as number;
      held[worstAt] = row;
      colOfRow[row] = j;
      colOfRow[rejected] = -1;
      enqueue(rejected);
    } else {
      enqueue(row);
    }
  }
  const mentorOf = Int32Array.from(prepared.lockedMentor);
  rowActor.forEach((actor, row) => {
    mentorOf[actor] = colOfRow[row] as number;
  });
  return {
    mentorOf,
    certificate: { dual: null, floor: null, blockingPairs: null },
    optimal: false,
    duals: null,
  };
}
