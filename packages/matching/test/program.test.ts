import { describe, expect, it } from 'vitest';
import { generateProgram } from '../bench/generate.ts';
import { blockingPairs, solve, validateInput, whyNot } from '../src/index.ts';
import { expectHardConstraints } from './invariants.ts';

// A cohort the size of the original Valmentava mentorointi: 30 actors, 8 mentors with 4 slots.
describe.each(['uniform', 'contended'] as const)('a 30 × 8 program (%s)', (family) => {
  const input = generateProgram({ actors: 30, mentors: 8, capacity: 4 }, family, 7);

  it('is valid input', () => {
    expect(validateInput(input)).toEqual([]);
  });

  it('solves all three objectives within the hard constraints', () => {
    const best = solve(input);
    const fair = solve({ ...input, objective: 'fair' });
    const stable = solve({ ...input, objective: 'stable' });
    for (const result of [best, fair, stable]) {
      expectHardConstraints(input, result);
      expect(result.optimal).toBe(true);
    }
    expect(fair.placedCount).toBe(best.placedCount);
    expect(fair.worstPairScore ?? 0).toBeGreaterThanOrEqual(best.worstPairScore ?? 0);
    expect(fair.totalScore).toBeLessThanOrEqual(best.totalScore);
    expect(stable.totalScore).toBeLessThanOrEqual(best.totalScore);
    expect(blockingPairs(input, stable.pairs)).toEqual([]);
  });

  it('explains a pair it did not choose with a bound no larger than the exact cost', () => {
    const best = solve(input);
    const chosen = new Set(best.pairs.map((p) => `${p.actorId}/${p.mentorId}`));
    const actor = best.pairs[0]?.actorId as string;
    const other = input.mentors.find((m) => !chosen.has(`${actor}/${m.id}`));
    if (!other) throw new Error('every mentor chosen for one actor?');
    const answer = whyNot(input, actor, other.id);
    if (answer.status === 'not_chosen' && answer.exact && answer.dualBound !== null) {
      const loss = (answer.placementWeight ?? 0) * answer.exact.placedLoss + answer.exact.scoreLoss;
      expect(answer.dualBound).toBeLessThanOrEqual(loss);
    } else {
      expect(['forbidden', 'no_free_slot']).toContain(answer.status);
    }
  });
});
