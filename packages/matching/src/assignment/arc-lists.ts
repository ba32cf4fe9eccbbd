/**
 * Allowed arcs per row in compressed sparse row form, each row sorted by ascending cost. Sorting
 * lets a row scan stop as soon as no remaining arc can beat the best path found so far, and
 * dropping forbidden arcs makes exclusions and must-haves speed the solve up rather than slow it.
 * Costs are small non-negative integers, so a counting sort per row is linear.
 */
export interface ArcLists {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  arcCol: Int32Array;
  arcCost: Int32Array;
}

/**
 * @param costOf cost of arc (row, col) as an integer in 0..maxCost, or -1 when the arc is forbidden.
 */
export function buildArcLists(
  rows: number,
  cols: number,
  maxCost: number,
  costOf: (row: number, col: number) => number,
): ArcLists {
  const rowStart = new Int32Array(rows + 1);
  const rowCost = new Int32Array(cols);
  const counts = new Int32Array(maxCost + 2);
  let total = 0;
  // First pass sizes the arrays exactly; the second fills them.
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) if (costOf(i, j) >= 0) total++;
    rowStart[i + 1] = total;
  }
  const arcCol = new Int32Array(total);
  const arcCost = new Int32Array(total);
  for (let i = 0; i < rows; i++) {
    counts.fill(0);
    for (let j = 0; j < cols; j++) {
      const c = costOf(i, j);
      if (c > maxCost || !Number.isInteger(c)) throw new RangeError(`arc cost ${c} is not an integer in 0..${maxCost}`);
      rowCost[j] = c;
      if (c >= 0) counts[c + 1] = (counts[c + 1] as number) + 1;
    }
    // counts[c] becomes the first position for cost c within the row.
    let pos = rowStart[i] as number;
    for (let c = 0; c <= maxCost; c++) {
      const k = counts[c + 1] as number;
      counts[c + 1] = 0;
      counts[c] = pos;
      pos += k;
    }
    for (let j = 0; j < cols; j++) {
      const c = rowCost[j] as number;
      if (c < 0) continue;
      const at = counts[c] as number;
      counts[c] = at + 1;
      arcCol[at] = j;
      arcCost[at] = c;
    }
  }
  return { rows, cols, rowStart, arcCol, arcCost };
}
