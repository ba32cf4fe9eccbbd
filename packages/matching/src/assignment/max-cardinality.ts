import type { ArcLists } from './arc-lists.ts';

export interface CardinalityResult {
  size: number;
  colOfRow: Int32Array;
  /**
   * König cover from the final search: rows it did not reach plus columns it did. Every arc
   * touches the cover, and its value (rows + capacities of columns) equals `size`, which proves
   * no larger assignment exists.
   */
  coverRows: Uint8Array;
  coverCols: Uint8Array;
}

const UNREACHED = 0x7fffffff;

/**
 * Maximum number of rows assignable to capacitated columns (Hopcroft–Karp phases: a BFS layers
 * the graph from all free rows, then a DFS finds row-disjoint shortest augmenting paths).
 * Used by the fair objective to test whether a score floor still places everyone it should.
 */
export function maxCardinality(arcs: ArcLists, capacity: Int32Array): CardinalityResult {
  const { rows: n, cols: m, rowStart, arcCol } = arcs;
  const colOfRow = new Int32Array(n).fill(-1);
  const slotOfRow = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  const slotRow = new Int32Array(slotStart[m] as number);
  const put = (row: number, col: number, slot: number): void => {
    colOfRow[row] = col;
    slotOfRow[row] = slot;
    slotRow[slot] = row;
  };
  let size = 0;
  for (let i = 0; i < n; i++) {
    for (let k = rowStart[i] as number; k < (rowStart[i + 1] as number); k++) {
      const j = arcCol[k] as number;
      if ((load[j] as number) < (capacity[j] as number)) {
        put(i, j, (slotStart[j] as number) + (load[j] as number));
        load[j] = (load[j] as number) + 1;
        size++;
        break;
      }
    }
  }

  const layer = new Int32Array(n);
  const seen = new Uint8Array(m);
  const colLayer = new Int32Array(m);
  const queue = new Int32Array(n);
  const arcPtr = new Int32Array(n);
  const slotPtr = new Int32Array(m);
  const deadCol = new Uint8Array(m);
  const pathRows = new Int32Array(n + 1);
  const pathCols = new Int32Array(n + 1);

  /** Layers rows by BFS from all free rows; true when some column with room is reachable. */
  const bfs = (): boolean => {
    layer.fill(UNREACHED);
    seen.fill(0);
    let head = 0;
    let tail = 0;
    for (let i = 0; i < n; i++) {
      if ((colOfRow[i] as number) < 0) {
        layer[i] = 0;
        queue[tail++] = i;
      }
    }
    let found = false;
    while (head < tail) {
      const i = queue[head++] as number;
      for (let k = rowStart[i] as number; k < (rowStart[i + 1] as number); k++) {
        const j = arcCol[k] as number;
        if (seen[j] === 1) continue;
        seen[j] = 1;
        colLayer[j] = layer[i] as number;
        if ((load[j] as number) < (capacity[j] as number)) {
          found = true;
          continue;
        }
        for (let s = slotStart[j] as number; s < (slotStart[j] as number) + (load[j] as number); s++) {
          const next = slotRow[s] as number;
          if (layer[next] === UNREACHED) {
            layer[next] = (layer[i] as number) + 1;
            queue[tail++] = next;
          }
        }
      }
    }
    return found;
  };

  /** Iterative DFS along layers from a free row; flips the path when it ends at a column with room. */
  const augmentFrom = (root: number): boolean => {
    let depth = 0;
    pathRows[0] = root;
    while (depth >= 0) {
      const i = pathRows[depth] as number;
      let descended = false;
      while ((arcPtr[i] as number) < (rowStart[i + 1] as number)) {
        const j = arcCol[arcPtr[i] as number] as number;
        if (deadCol[j] === 1) {
          arcPtr[i] = (arcPtr[i] as number) + 1;
          continue;
        }
        if ((load[j] as number) < (capacity[j] as number)) {
          // Flip: the deepest row takes a fresh slot in j, each other row takes its child's slot.
          let slot = (slotStart[j] as number) + (load[j] as number);
          load[j] = (load[j] as number) + 1;
          let col = j;
          for (let d = depth; d >= 0; d--) {
            const row = pathRows[d] as number;
            const oldSlot = slotOfRow[row] as number;
            const oldCol = colOfRow[row] as number;
            put(row, col, slot);
            layer[row] = UNREACHED; // each row joins at most one path per phase
            slot = oldSlot;
            col = oldCol;
          }
          return true;
        }
        // Only layered arcs: j's rows sit one layer below the rows that first reached j.
        if (colLayer[j] !== layer[i]) {
          arcPtr[i] = (arcPtr[i] as number) + 1;
          continue;
        }
        const want = (layer[i] as number) + 1;
        const end = (slotStart[j] as number) + (load[j] as number);
        while ((slotStart[j] as number) + (slotPtr[j] as number) < end) {
          const next = slotRow[(slotStart[j] as number) + (slotPtr[j] as number)] as number;
          if (layer[next] === want) break;
          slotPtr[j] = (slotPtr[j] as number) + 1;
        }
        if ((slotStart[j] as number) + (slotPtr[j] as number) < end) {
          pathCols[depth] = j;
          pathRows[++depth] = slotRow[(slotStart[j] as number) + (slotPtr[j] as number)] as number;
          descended = true;
          break;
        }
        deadCol[j] = 1;
        arcPtr[i] = (arcPtr[i] as number) + 1;
      }
      if (!descended) {
        layer[i] = UNREACHED; // dead end: never try this row again in this phase
        depth--;
      }
    }
    return false;
  };

  while (bfs()) {
    for (let i = 0; i < n; i++) arcPtr[i] = rowStart[i] as number;
    slotPtr.fill(0);
    deadCol.fill(0);
    for (let i = 0; i < n; i++) if ((colOfRow[i] as number) < 0 && layer[i] === 0 && augmentFrom(i)) size++;
  }
  // The last BFS found nothing: its reached set gives the cover.
  const coverRows = new Uint8Array(n);
  for (let i = 0; i < n; i++) coverRows[i] = layer[i] === UNREACHED ? 1 : 0;
  return { size, colOfRow, coverRows, coverCols: Uint8Array.from(seen) };
}

/** Independent check of a cover: every arc touches it; returns its value, or -1 if it is not a cover. */
export function coverValue(
  arcs: ArcLists,
  capacity: Int32Array,
  coverRows: Uint8Array,
  coverCols: Uint8Array,
): number {
  let value = 0;
  for (let i = 0; i < arcs.rows; i++) {
    if (coverRows[i] === 1) {
      value++;
      continue;
    }
    for (let k = arcs.rowStart[i] as number; k < (arcs.rowStart[i + 1] as number); k++) {
      if (coverCols[arcs.arcCol[k] as number] !== 1) return -1;
    }
  }
  for (let j = 0; j < arcs.cols; j++) if (coverCols[j] === 1) value += capacity[j] as number;
  return value;
}
