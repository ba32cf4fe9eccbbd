import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockingPairs, type MatchingInput, solve } from '../src/index.ts';
import { contendedInput, matchingInput, withObjective } from './arbitraries.ts';
import { bruteForce, feasibleAtFloor } from './brute-force.ts';
import { expectHardConstraints } from './invariants.ts';

const RUNS = 250;

describe('maxTotal', () => {
  it('places as many actors as brute force, then reaches its best total, with a zero-gap certificate', () => {
    fc.assert(
      fc.property(fc.oneof(matchingInput(), contendedInput()), (input) => {
        const result = solve(input);
        const oracle = bruteForce(input);
        expect(result.placedCount).toBe(oracle.maxTotal.placed);
        expect(result.totalScore).toBe(oracle.maxTotal.total);
        expect(result.optimal).toBe(true);
        expect(result.certificate.dual?.gap).toBe(0);
        expect(result.certificate.dual?.violations).toBe(0);
        expectHardConstraints(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it('has only non-negative slot values, zero for mentors with room', () => {
    fc.assert(
      fc.property(matchingInput(), (input) => {
        for (const load of solve(input).mentorLoad) {
          expect(load.slotValueBound).toBeGreaterThanOrEqual(0);
          if (load.load < load.capacity) expect(load.slotValueBound).toBe(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('fair', () => {
  it('keeps the placed count, maximises the lowest pair, then the total', () => {
    fc.assert(
      fc.property(fc.oneof(matchingInput(), contendedInput()), (input) => {
        const result = solve(withObjective(input, 'fair'));
        const oracle = bruteForce(input);
        expect(result.placedCount).toBe(oracle.maxTotal.placed);
        expect(result.worstPairScore ?? -1).toBe(oracle.fair.worst);
        expect(result.totalScore).toBe(oracle.fair.total);
        expect(result.optimal).toBe(true);
        expect(result.certificate.floor?.verified).toBe(true);
        expectHardConstraints(input, result);
        if (result.worstPairScore !== null) {
          // The floor is optimal: one point higher cannot place as many actors.
          expect(feasibleAtFloor(input, result.placedCount, result.worstPairScore + 1)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('stable', () => {
  it('has no blocking pairs and respects every hard constraint', () => {
    fc.assert(
      fc.property(matchingInput({ maxActors: 12, maxMentors: 6, maxCapacity: 4 }), (input) => {
        const stableInput = withObjective(input, 'stable');
        const result = solve(stableInput);
        expect(blockingPairs(stableInput, result.pairs)).toEqual([]);
        expect(result.certificate.blockingPairs).toBe(0);
        expect(result.optimal).toBe(true);
        expectHardConstraints(input, result);
      }),
      { numRuns: RUNS },
    );
  });

  it('blockingPairs agrees with a direct reading of the definition', () => {
    fc.assert(
      fc.property(matchingInput(), (input) => {
        const result = solve(input); // maxTotal results are often unstable: a good test bed
        const expected = naiveBlockingPairs(input, result.pairs);
        expect(blockingPairs(input, result.pairs)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('determinism', () => {
  it('gives identical output for shuffled actors, mentors, locks, exclusions and conflicts', () => {
    const objective = fc.constantFrom('maxTotal' as const, 'fair' as const, 'stable' as const);
    fc.assert(
      fc.property(matchingInput(), objective, fc.integer(), (input, goal, seed) => {
        const shuffled: MatchingInput = {
          ...input,
          objective: goal,
          actors: shuffle(input.actors, seed),
          mentors: shuffle(
            input.mentors.map((m) => ({ ...m, conflicts: shuffle(m.conflicts ?? [], seed + 1) })),
            seed + 2,
          ),
          locks: shuffle(input.locks ?? [], seed + 3),
          exclusions: shuffle(input.exclusions ?? [], seed + 4),
          // Key order of the settings objects must not matter either.
          weights: Object.fromEntries(Object.entries(input.weights ?? {}).reverse()),
        };
        expect(solve(shuffled)).toEqual(solve({ ...input, objective: goal }));
      }),
      { numRuns: 100 },
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function naiveBlockingPairs(input: MatchingInput, pairs: readonly { actorId: string; mentorId: string }[]) {
  const matrix = solveScores(input);
  const lockedActors = new Set((input.locks ?? []).map((l) => l.actorId));
  const mentorOf = new Map(pairs.map((p) => [p.actorId, p.mentorId]));
  const found: { actorId: string; mentorId: string }[] = [];
  const actors = [...input.actors].sort((a, b) => (a.id < b.id ? -1 : 1));
  const mentors = [...input.mentors].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const actor of actors) {
    if (lockedActors.has(actor.id)) continue;
    const own = mentorOf.get(actor.id);
    for (const mentor of mentors) {
      if (mentor.id === own || matrix.forbidden(actor.id, mentor.id)) continue;
      const s = matrix.score(actor.id, mentor.id);
      const actorWants =
        own === undefined ||
        s > matrix.score(actor.id, own) ||
        (s === matrix.score(actor.id, own) && mentor.id < own);
      if (!actorWants) continue;
      const held = pairs.filter((p) => p.mentorId === mentor.id);
      const movable = held.filter((p) => !lockedActors.has(p.actorId));
      const mentorWants =
        held.length < mentor.capacity ||
        movable.some((p) => {
          const t = matrix.score(p.actorId, mentor.id);
          return s > t || (s === t && actor.id < p.actorId);
        });
      if (mentorWants) found.push({ actorId: actor.id, mentorId: mentor.id });
    }
  }
  return found;
}

import { scoreMatrix } from '../src/index.ts';

function solveScores(input: MatchingInput) {
  const m = scoreMatrix(input);
  const at = (a: string, b: string) => [m.actorIds.indexOf(a), m.mentorIds.indexOf(b)] as const;
  return {
    score: (a: string, b: string) => {
      const [i, j] = at(a, b);
      return m.scores[i]?.[j] as number;
    },
    forbidden: (a: string, b: string) => {
      const [i, j] = at(a, b);
      return m.forbidden[i]?.[j] !== null;
    },
  };
}
