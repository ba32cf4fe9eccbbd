import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED } from '../src/pair-table.ts';
import type { Prepared } from '../src/prepare.ts';

const script = join(dirname(fileURLToPath(import.meta.url)), 'lsa.py');

export const hasScipy = (): boolean =>
  spawnSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' }).status === 0;

export interface ScipyRun {
  ms: number[];
  placed: number;
  total: number;
}

/** Writes the instance's score matrix (255 = forbidden) where lsa.py can read it. */
export function writeMatrix(prepared: Prepared, path: string): void {
  const { scores, status } = prepared.table;
  writeFileSync(
    path,
    Uint8Array.from(scores, (score, k) => (status[k] === ALLOWED ? score : 255)),
  );
}

/** Runs linear_sum_assignment `runs` times on the capacity-expanded matrix; only the solve is timed. */
export function runScipy(prepared: Prepared, path: string, placementWeight: number, runs: number): ScipyRun {
  const args = [
    script,
    path,
    String(prepared.actors.length),
    String(prepared.mentors.length),
    Array.from(prepared.capacity).join(','),
    String(placementWeight),
    String(runs),
  ];
  return JSON.parse(execFileSync('python3', args, { encoding: 'utf8', maxBuffer: 1 << 24 })) as ScipyRun;
}
