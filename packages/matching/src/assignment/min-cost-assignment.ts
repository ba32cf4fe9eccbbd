/**
 * Exact min-cost assignment of rows (actors) to capacitated columns (mentors), where a row may
 * also stay unassigned at a fixed cost. Successive shortest augmenting paths with node potentials
 * (the Jonker–Volgenant / Hungarian scheme), run on the compact graph: a mentor with capacity c is
 * ONE column holding up to c rows, never c copies. Dijkstra over columns is dense: each scanned row
 * relaxes every column still open, which beats a heap on these dense graphs and keeps memory flat.
 *
 * Invariants (checked afterwards by the dual certificate, see dual-certificate.ts):
 *   u[i] + v[j] <= cost[i][j] for every allowed arc, with equality on assigned arcs;
 *   v[j] <= 0, and v[j] = 0 while column j has spare capacity;
 *   u[i] <= unassignedCost, with equality for unassigned rows.
 */

export interface AssignmentProblem {
  rows: number;
  cols: number;
  /** Row-major rows × cols; Infinity marks a forbidden arc. Finite costs must be < unassignedCost. */
  cost: Float64Array;
  capacity: Int32Array;
  /** Cost of leaving a row unassigned (an implicit column with unlimited capacity and potential 0). */
  unassignedCost: number;
}

export interface AssignmentSolution {
  /** Column of each row, -1 when unassigned. */
  colOfRow: Int32Array;
  rowPotential: Float64Array;
  colPotential: Float64Array;
  augmentations: number;
  rowsScanned: number;
}

const NONE = -1;
/** Sentinel for "the unassigned column" as a path end. */
const DUMMY = -2;

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { rows: n, cols: m, cost, capacity, unassignedCost: big } = problem;
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const colOfRow = new Int32Array(n).fill(NONE);
  const load = new Int32Array(m);
  // Each column owns a fixed block of slots (prefix sums of capacities) listing its rows.
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  const slotRow = new Int32Array(slotStart[m] as number);
  const slotOfRow = new Int32Array(n).fill(NONE);

  const queue = greedyStart(problem, u, colOfRow, load, slotStart, slotRow, slotOfRow);

  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  // Selection key per column is 2 * dist + mark: integer distances stay exact, and mark 0 (spare
  // capacity) beats mark 1 (full) on equal distance, so plateaus end at a free column. Settled
  // columns get mark Infinity and are never selected again; their labels cannot improve anyway
  // because reduced costs are non-negative.
  const mark = new Float64Array(m);
  for (let j = 0; j < m; j++) mark[j] = (capacity[j] as number) > (load[j] as number) ? 0 : 1;
  const finalCols = new Int32Array(m);
  const scannedRows = new Int32Array(n);
  const rowLabel = new Float64Array(n);
  const pending = new Int32Array(n);
  let augmentations = 0;
  let rowsScanned = 0;

  for (let q = 0; q < queue.length; q++) {
    const start = queue[q] as number;
    dist.fill(Infinity);
    let nFinal = 0;
    let nScanned = 0;
    let dummyDist = Infinity;
    let dummyPred = NONE;
    let minVal = 0;
    let nPending = 1;
    pending[0] = start;
    let lowKey = Infinity;
    let lowCol = NONE;
    let sink = NONE;

    for (;;) {
      // Scan every row reached at distance minVal; each relaxes all columns and, in the same
      // pass, finds the nearest open one.
      const target = 2 * minVal;
      let scannedAny = false;
      while (nPending > 0) {
        const i = pending[--nPending] as number;
        scannedRows[nScanned++] = i;
        rowLabel[i] = minVal;
        scannedAny = true;
        const base = minVal - (u[i] as number);
        const off = i * m;
        lowKey = Infinity;
        lowCol = NONE;
        for (let j = 0; j < m; j++) {
          const r = base + (cost[off + j] as number) - (v[j] as number);
          let d = dist[j] as number;
          if (r < d) {
            dist[j] = r;
            pred[j] = i;
            d = r;
          }
          const key = d + d + (mark[j] as number);
          if (key < lowKey) {
            lowKey = key;
            lowCol = j;
          }
        }
        const viaDummy = base + big;
        if (viaDummy < dummyDist) {
          dummyDist = viaDummy;
          dummyPred = i;
        }
        if (lowKey === target || dummyDist === minVal) break; // nothing can be shorter
      }
      if (!scannedAny) {
        lowKey = Infinity;
        lowCol = NONE;
        for (let j = 0; j < m; j++) {
          const key = 2 * (dist[j] as number) + (mark[j] as number);
          if (key < lowKey) {
            lowKey = key;
            lowCol = j;
          }
        }
      }
      // The unassigned column is free; a real free column wins a tie with it.
      if (2 * dummyDist < lowKey) {
        minVal = dummyDist;
        sink = DUMMY;
        break;
      }
      const j = lowCol;
      minVal = dist[j] as number;
      finalCols[nFinal++] = j;
      if (mark[j] === 0) {
        sink = j;
        break;
      }
      mark[j] = Infinity;
      // A full column passes the search on to all of its rows at the same distance: their
      // assigned arcs have zero reduced cost.
      const s0 = slotStart[j] as number;
      for (let s = s0 + (load[j] as number) - 1; s >= s0; s--) pending[nPending++] = slotRow[s] as number;
    }

    // Potentials: keep reduced costs non-negative and assigned arcs tight (Dijkstra's labels).
    for (let t = 0; t < nFinal; t++) {
      const j = finalCols[t] as number;
      v[j] = (v[j] as number) - (minVal - (dist[j] as number));
      mark[j] = (capacity[j] as number) > (load[j] as number) ? 0 : 1;
    }
    for (let t = 0; t < nScanned; t++) {
      const i = scannedRows[t] as number;
      u[i] = (u[i] as number) + (minVal - (rowLabel[i] as number));
    }
    augment(start, sink, sink === DUMMY ? dummyPred : (pred[sink] as number));
    if (sink !== DUMMY) mark[sink] = (capacity[sink] as number) > (load[sink] as number) ? 0 : 1;
    augmentations++;
    rowsScanned += nScanned;
  }

  function augment(start: number, sink: number, first: number): void {
    let col = sink;
    let row = first;
    let slot = NONE;
    if (sink !== DUMMY) {
      slot = (slotStart[sink] as number) + (load[sink] as number);
      load[sink] = (load[sink] as number) + 1;
    }
    for (;;) {
      const oldCol = colOfRow[row] as number;
      const oldSlot = slotOfRow[row] as number;
      colOfRow[row] = col === DUMMY ? NONE : col;
      slotOfRow[row] = slot;
      if (slot !== NONE) slotRow[slot] = row;
      if (row === start) return;
      col = oldCol;
      slot = oldSlot;
      row = pred[col] as number;
    }
  }

  return { colOfRow, rowPotential: u, colPotential: v, augmentations, rowsScanned };
}

/**
 * Row reduction: u[i] = cheapest arc (v starts at 0), and the row takes that column when it has
 * room. Keeps every invariant, and on typical inputs places most rows without any search.
 * Returns the rows still to place, in index order (so results depend only on the sorted input).
 */
function greedyStart(
  problem: AssignmentProblem,
  u: Float64Array,
  colOfRow: Int32Array,
  load: Int32Array,
  slotStart: Int32Array,
  slotRow: Int32Array,
  slotOfRow: Int32Array,
): Int32Array {
  const { rows: n, cols: m, cost, capacity, unassignedCost } = problem;
  const queue = new Int32Array(n);
  let queued = 0;
  for (let i = 0; i < n; i++) {
    const off = i * m;
    let best = Infinity;
    let bestCol = NONE;
    let bestFree = false;
    for (let j = 0; j < m; j++) {
      const c = cost[off + j] as number;
      const free = (load[j] as number) < (capacity[j] as number);
      if (c < best || (c === best && free && !bestFree)) {
        best = c;
        bestCol = j;
        bestFree = free;
      }
    }
    if (best >= unassignedCost) {
      u[i] = unassignedCost; // nothing allowed: stays unassigned, tight on the implicit column
    } else if (bestFree) {
      u[i] = best;
      const slot = (slotStart[bestCol] as number) + (load[bestCol] as number);
      load[bestCol] = (load[bestCol] as number) + 1;
      colOfRow[i] = bestCol;
      slotOfRow[i] = slot;
      slotRow[slot] = i;
    } else {
      u[i] = best;
      queue[queued++] = i;
    }
  }
  return queue.subarray(0, queued);
}
