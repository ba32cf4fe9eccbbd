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
 * Appends rows one at a time (counting sort per row), so the scorer can emit each actor's arcs
 * while its scores are still in cache. Sized for every arc up front; finish() trims by views.
 */
export class ArcListsBuilder {
  private readonly rowStart: Int32Array;
  private readonly arcCol: Int32Array;
  private readonly arcCost: Int32Array;
  private readonly counts: Int32Array;
  private rows = 0;
  private total = 0;

  constructor(
    maxRows: number,
    private readonly cols: number,
    private readonly maxCost: number,
  ) {
    this.rowStart = new Int32Array(maxRows + 1);
    this.arcCol = new Int32Array(maxRows * cols);
    this.arcCost = new Int32Array(maxRows * cols);
    this.counts = new Int32Array(maxCost + 1);
  }

  /** @param costs one row: an integer in 0..maxCost per column, or -1 for a forbidden arc. */
  addRow(costs: Int32Array): void {
    const { counts, cols, maxCost, arcCol, arcCost } = this;
    let lo = maxCost;
    let hi = -1;
    for (let j = 0; j < cols; j++) {
      const c = costs[j] as number;
      if (c < 0) continue;
      if (c > maxCost || (c | 0) !== c)
        throw new RangeError(`arc cost ${c} is not an integer in 0..${maxCost}`);
      counts[c] = (counts[c] as number) + 1;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
    // Counts become each cost's next position within the row; only the range in use is touched.
    let pos = this.total;
    for (let c = lo; c <= hi; c++) {
      const k = counts[c] as number;
      counts[c] = pos;
      pos += k;
    }
    for (let j = 0; j < cols; j++) {
      const c = costs[j] as number;
      if (c < 0) continue;
      const at = counts[c] as number;
      counts[c] = at + 1;
      arcCol[at] = j;
      arcCost[at] = c;
    }
    for (let c = lo; c <= hi; c++) counts[c] = 0;
    this.total = pos;
    this.rows++;
    this.rowStart[this.rows] = pos;
  }

  finish(): ArcLists {
    return {
      rows: this.rows,
      cols: this.cols,
      rowStart: this.rowStart.subarray(0, this.rows + 1),
      arcCol: this.arcCol.subarray(0, this.total),
      arcCost: this.arcCost.subarray(0, this.total),
    };
  }
}

/**
 * @param fillRow writes the costs of one row into `out` (length cols): an integer in 0..maxCost,
 *   or -1 when the arc is forbidden.
 */
export function buildArcLists(
  rows: number,
  cols: number,
  maxCost: number,
  fillRow: (row: number, out: Int32Array) => void,
): ArcLists {
  const builder = new ArcListsBuilder(rows, cols, maxCost);
  const costs = new Int32Array(cols);
  for (let i = 0; i < rows; i++) {
    fillRow(i, costs);
    builder.addRow(costs);
  }
  return builder.finish();
}
