/**
 * Measures one benchmark case in its own process, so peak memory (maxRSS) belongs to that case
 * alone. Prints one JSON line. Usage: worker.ts <actors> <mentors> <capacity> <family> <runs> <rounds> <scratchDir>
 *
 * Our solve and scipy's are timed in alternating rounds, and each side reports the median of all
 * its runs: on a shared machine speed drifts over seconds, and alternating keeps that drift from
 * favouring either side.
 */
import { join } from 'node:path';
import { solveAssignment } from '../src/assignment/min-cost-assignment.ts';
import { solve } from '../src/index.ts';
import { prepare } from '../src/prepare.ts';
import { buildArcs, residualCapacity, toSubproblem } from '../src/subproblem.ts';
import { type Family, generateProgram } from './generate.ts';
import { hasScipy, runScipy, type ScipyRun, writeMatrix } from './scipy.ts';

const [actors, mentors, capacity, family, runs, rounds, scratch] = process.argv.slice(2);
const size = { actors: Number(actors), mentors: Number(mentors), capacity: Number(capacity) };
const input = generateProgram(size, family as Family, 20240601);
const inputRssMb = process.memoryUsage().rss / 1024 / 1024;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};
const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const count = Number(runs);
// Warm-up runs let V8 optimise the hot loops before anything is measured.
const warmups = Math.max(1, Math.ceil(count / 3));
const measure = (fn: () => void, times: number): number[] => {
  for (let r = 0; r < warmups; r++) fn();
  return Array.from({ length: times }, () => time(fn));
};

let result = solve(input);
// maxRSS only grows: read now for the cost of one solve, again at the end for the whole run.
const firstSolvePeakMb = process.resourceUsage().maxRSS / 1024;
const prepared = prepare(input);
const { rowActor, arcs } = buildArcs(prepared);
const sub = toSubproblem(rowActor, arcs, residualCapacity(prepared));

const ours: number[] = [];
let scipy: ScipyRun | null = null;
const scipyMs: number[] = [];
const matrix = join(scratch ?? '.', `${actors}-${family}.u8`);
const withScipy = hasScipy();
if (withScipy) writeMatrix(prepared, matrix);
for (let round = 0; round < Number(rounds); round++) {
  ours.push(
    ...measure(() => {
      result = solve(input);
    }, count),
  );
  if (withScipy) {
    scipy = runScipy(prepared, matrix, sub.placementWeight, count);
    scipyMs.push(...scipy.ms);
  }
}
const coreMs = median(measure(() => solveAssignment(sub.problem), count));
const fairMs = median(measure(() => solve({ ...input, objective: 'fair' }), Math.min(count, 9)));
const stableMs = median(measure(() => solve({ ...input, objective: 'stable' }), Math.min(count, 9)));

console.log(
  JSON.stringify({
    solveMs: median(ours),
    coreMs,
    fairMs,
    stableMs,
    placed: result.placedCount,
    total: result.totalScore,
    optimal: result.optimal,
    scipy: scipy === null ? null : { ms: median(scipyMs), placed: scipy.placed, total: scipy.total },
    inputRssMb,
    firstSolvePeakMb,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
