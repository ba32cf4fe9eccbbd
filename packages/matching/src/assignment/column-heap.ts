/**
 * Indexed binary min-heap of column ids keyed by a float, with decrease-key. Equal keys are
 * ordered by column id so that the search, and hence the result, is fully deterministic.
 */
export class ColumnHeap {
  private readonly heap: Int32Array;
  private readonly pos: Int32Array;
  readonly key: Float64Array;
  size = 0;

  constructor(cols: number) {
    this.heap = new Int32Array(cols);
    this.pos = new Int32Array(cols).fill(-1);
    this.key = new Float64Array(cols);
  }

  has(col: number): boolean {
    return (this.pos[col] as number) >= 0;
  }

  peek(): number {
    return this.size === 0 ? -1 : (this.heap[0] as number);
  }

  /** Inserts the column, or lowers its key if already present (keys never rise here). */
  push(col: number, key: number): void {
    this.key[col] = key;
    let at = this.pos[col] as number;
    if (at < 0) {
      at = this.size++;
      this.heap[at] = col;
      this.pos[col] = at;
    }
    this.siftUp(at);
  }

  pop(): number {
    const top = this.heap[0] as number;
    const last = this.heap[--this.size] as number;
    this.pos[top] = -1;
    if (this.size > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    for (let t = 0; t < this.size; t++) this.pos[this.heap[t] as number] = -1;
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a] as number;
    const kb = this.key[b] as number;
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(at: number): void {
    const { heap, pos } = this;
    const col = heap[at] as number;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = heap[parentAt] as number;
      if (!this.less(col, parent)) break;
      heap[at] = parent;
      pos[parent] = at;
      at = parentAt;
    }
    heap[at] = col;
    pos[col] = at;
  }

  private siftDown(at: number): void {
    const { heap, pos } = this;
    const col = heap[at] as number;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.size) break;
      const right = child + 1;
      if (right < this.size && this.less(heap[right] as number, heap[child] as number)) child = right;
      const childCol = heap[child] as number;
      if (!this.less(childCol, col)) break;
      heap[at] = childCol;
      pos[childCol] = at;
      at = child;
    }
    heap[at] = col;
    pos[col] = at;
  }
}
