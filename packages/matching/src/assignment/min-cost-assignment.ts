import type { ArcLists } from './arc-lists.ts';
import { ColumnHeap } from './column-heap.ts';

/**
 * Exact min-cost assignment of rows (actors) to capacitated columns (mentors), where a row may
 * also stay unassigned at a fixed cost. Successive shortest augmenting paths with node potentials
 * (the Jonker–Volgenant / Hungarian scheme) on the compact graph: a mentor with capacity c is ONE
 * column holding up to c rows, never c copies. Each search is Dijkstra over reduced costs from one
 * free row, with a binary heap of columns; a full column hands the search on to all its rows at
 * once (their assigned arcs have zero reduced cost). A row's arcs are sorted by cost, so its scan
 * stops once no further arc can beat the nearest free column found so far.
 *
 * Invariants (verified afterwards by dual-certificate.ts, independently of this code):
 *   u[i] + v[j] <= cost[i][j] on every allowed arc, with equality on assigned arcs;
 *   v[j] <= 0, and v[j] = 0 while column j has spare capacity;
 *   u[i] <= unassignedCost, with equality for unassigned rows.
 */
export interface AssignmentProblem extends ArcLists {
  capacity: Int32Array;
  /** Cost of leaving a row unassigned: an implicit column with unlimited room and potential 0. */
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
/** Path end "leave the last row unassigned". */
const DUMMY = -2;

export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { rows: n, cols: m, rowStart, arcCol, arcCost, capacity, unassignedCost: big } = problem;
  const board = new Board(n, m, capacity);
  const { colOfRow, load, full, slotStart, slotRow } = board;
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const queue = greedyStart(problem, board, u);

  const dist = new Float64Array(m).fill(Infinity);
  const pred = new Int32Array(m);
  const heap = new ColumnHeap(m);
  const touched = new Int32Array(m);
  const settledCols = new Int32Array(m);
  const scannedRows = new Int32Array(n);
  const rowLabel = new Float64Array(n);
  const pending = new Int32Array(n);
  let augmentations = 0;
  let rowsScanned = 0;

  for (let q = 0; q < queue.length; q++) {
    const start = queue[q] as number;
    let nTouched = 0;
    let nSettled = 0;
    let nScanned = 0;
    let nPending = 1;
    pending[0] = start;
    let label = 0;
    let nearestFree = Infinity;
    let dummyDist = Infinity;
    let dummyPred = NONE;
    let sink = NONE;

    for (;;) {
      while (nPending > 0) {
        const i = pending[--nPending] as number;
        scannedRows[nScanned++] = i;
        rowLabel[i] = label;
        const base = label - (u[i] as number);
        if (base + big < dummyDist) {
          dummyDist = base + big;
          dummyPred = i;
        }
        let bound = Math.min(nearestFree, dummyDist);
        const end = rowStart[i + 1] as number;
        for (let k = rowStart[i] as number; k < end; k++) {
          const c = arcCost[k] as number;
          // v <= 0, so base + c is a lower bound on this and every later arc of the row.
          if (base + c >= bound) break;
          const j = arcCol[k] as number;
          const r = base + c - (v[j] as number);
          const d = dist[j] as number;
          if (r < d) {
            // Settled columns never get here: their label is <= label <= r.
            if (d === Infinity) touched[nTouched++] = j;
            dist[j] = r;
            pred[j] = i;
            heap.push(j, 2 * r + (full[j] as number));
            if (full[j] === 0 && r < nearestFree) {
              nearestFree = r;
              if (r < bound) bound = r;
            }
          }
        }
        if (nearestFree === label || dummyDist === label) break; // nothing can be shorter
      }
      // Key 2 * dist + full makes a free column win a tie; a real free column also beats leaving
      // a row unassigned at the same cost.
      const top = heap.peek();
      const topDist = top < 0 ? Infinity : (dist[top] as number);
      if (dummyDist < topDist || (dummyDist === topDist && full[top] === 1)) {
        label = dummyDist;
        sink = DUMMY;
        break;
      }
      const j = heap.pop();
      label = topDist;
      settledCols[nSettled++] = j;
      if (full[j] === 0) {
        sink = j;
        break;
      }
      const s0 = slotStart[j] as number;
      for (let s = s0 + (load[j] as number) - 1; s >= s0; s--) pending[nPending++] = slotRow[s] as number;
    }

    // New potentials from the Dijkstra labels keep reduced costs >= 0 and assigned arcs tight.
    for (let t = 0; t < nSettled; t++) {
      const j = settledCols[t] as number;
      v[j] = (v[j] as number) - (label - (dist[j] as number));
    }
    for (let t = 0; t < nScanned; t++) {
      const i = scannedRows[t] as number;
      u[i] = (u[i] as number) + (label - (rowLabel[i] as number));
    }
    for (let t = 0; t < nTouched; t++) dist[touched[t] as number] = Infinity;
    heap.clear();
    board.augment(
      start,
      sink === DUMMY ? NONE : sink,
      sink === DUMMY ? dummyPred : (pred[sink] as number),
      pred,
    );
    augmentations++;
    rowsScanned += nScanned;
  }
  return { colOfRow, rowPotential: u, colPotential: v, augmentations, rowsScanned };
}

/** Who sits where: each column owns a fixed block of slots (prefix sums of capacities). */
class Board {
  readonly colOfRow: Int32Array;
  readonly slotOfRow: Int32Array;
  readonly load: Int32Array;
  readonly full: Uint8Array;
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;

  constructor(
    rows: number,
    cols: number,
    private readonly capacity: Int32Array,
  ) {
    this.colOfRow = new Int32Array(rows).fill(NONE);
    this.slotOfRow = new Int32Array(rows).fill(NONE);
    this.load = new Int32Array(cols);
    this.full = new Uint8Array(cols);
    this.slotStart = new Int32Array(cols + 1);
    for (let j = 0; j < cols; j++) {
      this.slotStart[j + 1] = (this.slotStart[j] as number) + (capacity[j] as number);
      this.full[j] = (capacity[j] as number) > 0 ? 0 : 1;
    }
    this.slotRow = new Int32Array(this.slotStart[cols] as number);
  }

  place(row: number, col: number): void {
    const slot = (this.slotStart[col] as number) + (this.load[col] as number);
    this.load[col] = (this.load[col] as number) + 1;
    if ((this.load[col] as number) >= (this.capacity[col] as number)) this.full[col] = 1;
    this.colOfRow[row] = col;
    this.slotOfRow[row] = slot;
    this.slotRow[slot] = row;
  }

  /**
   * Flips the path ending at `sink` (NONE: the last row becomes unassigned): `row` moves to the
   * sink, the row that reached row's old column moves into the slot it left, and so on to `start`.
   */
  augment(start: number, sink: number, row: number, pred: Int32Array): void {
    let col = sink;
    let slot = NONE;
    if (sink !== NONE) {
      slot = (this.slotStart[sink] as number) + (this.load[sink] as number);
      this.load[sink] = (this.load[sink] as number) + 1;
      if ((this.load[sink] as number) >= (this.capacity[sink] as number)) this.full[sink] = 1;
    }
    for (;;) {
      const oldCol = this.colOfRow[row] as number;
      const oldSlot = this.slotOfRow[row] as number;
      this.colOfRow[row] = col;
      this.slotOfRow[row] = slot;
      if (slot !== NONE) this.slotRow[slot] = row;
      if (row === start) return;
      col = oldCol;
      slot = oldSlot;
      row = pred[col] as number;
    }
  }
}

/**
 * Row reduction: u[i] = the row's cheapest arc (all v start at 0), and the row takes such a
 * column when one has room. Keeps every invariant and places most rows of typical inputs without
 * a search. Returns the rows still to place, in row order, so the result depends only on input.
 */
function greedyStart(problem: AssignmentProblem, board: Board, u: Float64Array): Int32Array {
  const { rows: n, rowStart, arcCol, arcCost, unassignedCost } = problem;
  const queue = new Int32Array(n);
  let queued = 0;
  for (let i = 0; i < n; i++) {
    const begin = rowStart[i] as number;
    const end = rowStart[i + 1] as number;
    if (begin === end) {
      u[i] = unassignedCost; // no allowed arc: unassigned, tight on the implicit column
      continue;
    }
    const best = arcCost[begin] as number;
    u[i] = best;
    let placed = false;
    for (let k = begin; k < end && arcCost[k] === best; k++) {
      const j = arcCol[k] as number;
      if (board.full[j] === 0) {
        board.place(i, j);
        placed = true;
        break;
      }
    }
    if (!placed) queue[queued++] = i;
  }
  return queue.subarray(0, queued);
}
