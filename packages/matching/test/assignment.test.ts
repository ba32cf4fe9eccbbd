import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArcLists } from '../src/assignment/arc-lists.ts';
import { ColumnHeap } from '../src/assignment/column-heap.ts';
import {
  certifiesOptimal,
  checkDualCertificate,
  coverValue,
  maxCardinality,
  solveAssignment,
} from '../src/index.ts';

/** A random small instance: scores 0..100 (or a few levels, for many ties), -1 = forbidden. */
const instance = fc
  .record({
    rows: fc.integer({ min: 0, max: 7 }),
    cols: fc.integer({ min: 0, max: 4 }),
    levels: fc.constantFrom(3, 101),
  })
  .chain(({ rows, cols, levels }) =>
    fc.record({
      rows: fc.constant(rows),
      cols: fc.constant(cols),
      capacity: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: cols, maxLength: cols }),
      scores: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(-1) },
          { weight: 4, arbitrary: fc.integer({ min: 0, max: levels - 1 }) },
        ),
        { minLength: rows * cols, maxLength: rows * cols },
      ),
    }),
  );

type Instance = { rows: number; cols: number; capacity: number[]; scores: number[] };

/** Best (placed, total) by exhaustive search. */
function brute({ rows, cols, capacity, scores }: Instance): { placed: number; total: number } {
  const load = capacity.map(() => 0);
  let best = { placed: 0, total: 0 };
  const visit = (i: number, placed: number, total: number): void => {
    if (i === rows) {
      if (placed > best.placed || (placed === best.placed && total > best.total)) best = { placed, total };
      return;
    }
    visit(i + 1, placed, total);
    for (let j = 0; j < cols; j++) {
      const s = scores[i * cols + j] as number;
      if (s < 0 || (load[j] as number) >= (capacity[j] as number)) continue;
      load[j] = (load[j] as number) + 1;
      visit(i + 1, placed + 1, total + s);
      load[j] = (load[j] as number) - 1;
    }
  };
  visit(0, 0, 0);
  return best;
}

function problemOf(inst: Instance) {
  const arcs = buildArcLists(inst.rows, inst.cols, 100, (i, out) => {
    for (let j = 0; j < inst.cols; j++) {
      const s = inst.scores[i * inst.cols + j] as number;
      out[j] = s < 0 ? -1 : 100 - s;
    }
  });
  const capacity = Int32Array.from(inst.capacity);
  const slots = inst.capacity.reduce((a, b) => a + b, 0);
  const placementWeight = 100 * Math.min(inst.rows, slots) + 1;
  return { problem: { ...arcs, capacity, unassignedCost: placementWeight + 100 }, placementWeight };
}

describe('solveAssignment', () => {
  it('is optimal (placed first, then total) with a verified dual certificate', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const { problem, placementWeight } = problemOf(inst);
        const solution = solveAssignment(problem);
        const certificate = checkDualCertificate(problem, solution, placementWeight);
        const best = brute(inst);
        expect(certifiesOptimal(certificate)).toBe(true);
        expect(certificate.primalObjective).toBe(placementWeight * best.placed + best.total);
      }),
      { numRuns: 400 },
    );
  });

  it('the certificate rejects a non-optimal assignment', () => {
    // One row, two columns: taking the worse column cannot be certified with any potentials we pass.
    const inst = { rows: 1, cols: 2, capacity: [1, 1], scores: [10, 90] };
    const { problem, placementWeight } = problemOf(inst);
    const good = solveAssignment(problem);
    expect(Array.from(good.colOfRow)).toEqual([1]);
    const bad = { ...good, colOfRow: Int32Array.from([0]) };
    expect(certifiesOptimal(checkDualCertificate(problem, bad, placementWeight))).toBe(false);
  });
});

describe('maxCardinality', () => {
  it('finds the maximum and a cover of the same value', () => {
    fc.assert(
      fc.property(instance, (inst) => {
        const { problem } = problemOf(inst);
        const result = maxCardinality(problem, problem.capacity);
        expect(result.size).toBe(brute(inst).placed);
        expect(coverValue(problem, problem.capacity, result.coverRows, result.coverCols)).toBe(result.size);
        const load = new Int32Array(inst.cols);
        result.colOfRow.forEach((j, i) => {
          if (j < 0) return;
          expect(inst.scores[i * inst.cols + j]).toBeGreaterThanOrEqual(0);
          load[j] = (load[j] as number) + 1;
        });
        load.forEach((l, j) => {
          expect(l).toBeLessThanOrEqual(inst.capacity[j] as number);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('ColumnHeap', () => {
  it('pops in key order, ties by column, with decrease-key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 50 }))),
        (ops) => {
          const heap = new ColumnHeap(20);
          const keys = new Map<number, number>();
          for (const [col, key] of ops) {
            const next = Math.min(key, keys.get(col) ?? Infinity);
            heap.push(col, next);
            keys.set(col, next);
          }
          const expected = [...keys].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([col]) => col);
          const popped: number[] = [];
          while (heap.size > 0) popped.push(heap.pop());
          expect(popped).toEqual(expected);
        },
      ),
    );
  });
});
