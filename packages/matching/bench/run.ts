/**
 * Benchmark: seeded programs of four sizes in two score families, each measured in a child
 * process (warm median solve time, peak RSS) and compared with scipy's linear_sum_assignment on
 * the capacity-expanded matrix when python3 has scipy. Prints a markdown table.
 * `tsx bench/run.ts 500` runs only the 500-actor cases.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const cases = [
  { actors: 30, mentors: 8, capacity: 4, runs: 100, rounds: 3 },
  { actors: 500, mentors: 100, capacity: 5, runs: 20, rounds: 4 },
  { actors: 2000, mentors: 400, capacity: 5, runs: 4, rounds: 2 },
  { actors: 5000, mentors: 1000, capacity: 5, runs: 1, rounds: 2 },
];
const families = ['uniform', 'contended'] as const;

interface Measured {
  solveMs: number;
  coreMs: number;
  fairMs: number;
  stableMs: number;
  placed: number;
  total: number;
  optimal: boolean;
  scipy: { ms: number; placed: number; total: number } | null;
  inputRssMb: number;
  firstSolvePeakMb: number;
  peakRssMb: number;
}

const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const scratch = mkdtempSync(join(tmpdir(), 'matching-bench-'));
const rows: string[] = [];
try {
  for (const c of cases.filter((c) => only === undefined || String(c.actors) === only)) {
    for (const family of families) {
      const args = [c.actors, c.mentors, c.capacity, family, c.runs, c.rounds, scratch].map(String);
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'worker.ts'), ...args], {
        encoding: 'utf8',
      });
      const m = JSON.parse(out) as Measured;
      const s = m.scipy;
      const agree =
        s === null
          ? '–'
          : s.placed === m.placed && s.total === m.total
            ? 'yes'
            : `NO (${s.placed} / ${s.total})`;
      rows.push(
        [
          `${c.actors}×${c.mentors} (cap ${c.capacity})`,
          family,
          ms(m.solveMs),
          ms(m.coreMs),
          ms(m.fairMs),
          ms(m.stableMs),
          `${m.inputRssMb.toFixed(0)} / ${m.firstSolvePeakMb.toFixed(0)} / ${m.peakRssMb.toFixed(0)}`,
          s === null ? '–' : ms(s.ms),
          s === null ? '–' : (m.solveMs / s.ms).toFixed(2),
          s === null ? '–' : (m.coreMs / s.ms).toFixed(3),
          `${m.placed} / ${m.total}`,
          agree,
          m.optimal ? 'yes' : 'NO',
        ].join(' | '),
      );
      console.error(rows.at(-1));
      // One line per case for the combined table of `pnpm bench` (scripts/bench.mjs).
      console.log(
        `BENCH ${JSON.stringify({
          bench: 'matching',
          measure: `${c.actors}×${c.mentors} ${family}: solve ms${s ? ' (÷ scipy)' : ''}`,
          value: s ? `${ms(m.solveMs)} (${(m.solveMs / s.ms).toFixed(2)})` : ms(m.solveMs),
          target: c.actors <= 30 ? '< 50 ms' : '',
          ok: c.actors <= 30 ? m.solveMs < 50 : null,
        })}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  [
    '| size | family | solve ms | assignment ms | fair ms | stable ms | RSS MB input / 1 solve / all | scipy ms | solve ÷ scipy | assignment ÷ scipy | placed / total | same as scipy | certified |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n'),
);
