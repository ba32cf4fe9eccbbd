import { coverValue, maxCardinality } from '../assignment/max-cardinality.ts';
import { MAX_SCORE } from '../criteria.ts';
import type { Prepared } from '../prepare.ts';
import { buildArcs, residualCapacity, restrictArcs } from '../subproblem.ts';
import type { FloorCertificate } from '../types.ts';
import { maxTotalOn } from './max-total.ts';
import type { Outcome } from './outcome.ts';

/**
 * Lexicographic: as many placed actors as maxTotal, then the highest possible lowest pair score
 * (the floor), then the highest total among assignments meeting the floor. The floor is found by
 * binary search over the distinct pair scores with a max-cardinality test; locked pairs count
 * towards the lowest score but are not chosen, so the floor is capped by the weakest lock.
 */
export function solveFair(prepared: Prepared): Outcome {
  const { rowActor, arcs } = buildArcs(prepared);
  const capacity = residualCapacity(prepared);
  const base = maxTotalOn(prepared, rowActor, arcs, capacity);
  let placed = 0;
  for (const actor of rowActor) if ((base.mentorOf[actor] as number) >= 0) placed++;
  const lockedMin = weakestLock(prepared);
  if (placed === 0) {
    const floor: FloorCertificate = {
      floor: Number.isFinite(lockedMin) ? lockedMin : 0,
      placedCount: 0,
      provenBy: Number.isFinite(lockedMin) ? 'locked_pair' : 'none_placed',
      coverValue: null,
      verified: true,
    };
    return { ...base, certificate: { ...base.certificate, floor } };
  }

  const present = new Uint8Array(MAX_SCORE + 1);
  for (const cost of arcs.arcCost) present[MAX_SCORE - cost] = 1;
  const levels: number[] = [];
  present.forEach((flag, score) => {
    if (flag === 1) levels.push(score);
  });
  // Invariant: levels[lo] keeps the placed count (the lowest level keeps every arc); levels[hi] does not.
  let lo = 0;
  let hi = levels.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const size = maxCardinality(restrictArcs(arcs, levels[mid] as number), capacity).size;
    if (size === placed) lo = mid;
    else hi = mid;
  }
  const best = levels[lo] as number;
  const floorScore = Math.min(best, lockedMin);
  const outcome = maxTotalOn(prepared, rowActor, restrictArcs(arcs, floorScore), capacity);
  let finalPlaced = 0;
  for (const actor of rowActor) if ((outcome.mentorOf[actor] as number) >= 0) finalPlaced++;

  let floor: FloorCertificate;
  if (lockedMin <= best) {
    floor = {
      floor: floorScore,
      placedCount: placed,
      provenBy: 'locked_pair',
      coverValue: null,
      verified: true,
    };
  } else {
    // No assignment placing as many actors has every free pair above the floor: a cover proves it.
    const above = restrictArcs(arcs, floorScore + 1);
    const result = maxCardinality(above, capacity);
    const value = coverValue(above, capacity, result.coverRows, result.coverCols);
    floor = {
      floor: floorScore,
      placedCount: placed,
      provenBy: 'cover',
      coverValue: value,
      verified: value >= 0 && value < placed,
    };
  }
  return {
    ...outcome,
    certificate: { ...outcome.certificate, floor },
    optimal: outcome.optimal && floor.verified && finalPlaced === placed,
  };
}

function weakestLock(prepared: Prepared): number {
  const m = prepared.mentors.length;
  let lowest = Infinity;
  prepared.lockedMentor.forEach((j, i) => {
    if (j >= 0) lowest = Math.min(lowest, prepared.table.scores[i * m + j] as number);
  });
  return lowest;
}
