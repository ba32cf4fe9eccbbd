import { normalizeTag } from './criteria.ts';

/**
 * Interns normalised tags and stores each person's tag set as a row of 32-bit words, so a pair's
 * shared tags are a few AND + popcount operations instead of string comparisons: that is what
 * lets scoring 5 million pairs take well under a second.
 */
export class TagBits {
  private readonly ids = new Map<string, number>();
  /** Raw spelling -> id, so each distinct spelling is normalised once per solve, not once per person. */
  private readonly raw = new Map<string, number>();
  private readonly lists: number[][] = [];
  /** 32-bit words per row, and the rows themselves (read directly by hot loops). */
  words = 1;
  bits = new Int32Array(0);

  /** Registers one person's tags; returns the row used to look them up after seal(). */
  add(tags: readonly string[]): number {
    const ids: number[] = [];
    for (const tag of tags) {
      let id = this.raw.get(tag);
      if (id === undefined) {
        const key = normalizeTag(tag);
        id = key === '' ? -1 : (this.ids.get(key) ?? this.ids.size);
        if (id === this.ids.size) this.ids.set(key, id);
        this.raw.set(tag, id);
      }
      if (id >= 0) ids.push(id);
    }
    this.lists.push(ids);
    return this.lists.length - 1;
  }

  seal(): void {
    this.words = Math.max(1, Math.ceil(this.ids.size / 32));
    this.bits = new Int32Array(this.lists.length * this.words);
    this.lists.forEach((ids, row) => {
      for (const id of ids) {
        const at = row * this.words + (id >>> 5);
        this.bits[at] = (this.bits[at] as number) | (1 << (id & 31));
      }
    });
  }

  count(row: number): number {
    return this.shared(row, row);
  }

  /** Number of tags rows a and b share. */
  shared(a: number, b: number): number {
    const bits = this.bits;
    const words = this.words;
    if (words === 1) return popcount((bits[a] as number) & (bits[b] as number));
    let total = 0;
    for (let w = 0; w < words; w++)
      total += popcount((bits[a * words + w] as number) & (bits[b * words + w] as number));
    return total;
  }

  intersects(a: number, b: number): boolean {
    const bits = this.bits;
    const words = this.words;
    if (words === 1) return ((bits[a] as number) & (bits[b] as number)) !== 0;
    for (let w = 0; w < words; w++) {
      if (((bits[a * words + w] as number) & (bits[b * words + w] as number)) !== 0) return true;
    }
    return false;
  }
}

export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Interns single values (municipality, region); '' and missing become -1 ("unknown, matches nothing"). */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly raw = new Map<string, number>();

  id(value: string | undefined): number {
    const spelling = value ?? '';
    let id = this.raw.get(spelling);
    if (id === undefined) {
      const key = normalizeTag(spelling);
      id = key === '' ? -1 : (this.ids.get(key) ?? this.ids.size);
      if (id === this.ids.size) this.ids.set(key, id);
      this.raw.set(spelling, id);
    }
    return id;
  }
}
