import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marginalGainOfSlot, solve, whyNot } from '../src/index.ts';
import { contendedInput, isAllowed, matchingInput } from './arbitraries.ts';
import { bruteForce, lockedWith } from './brute-force.ts';
import { tightProgram } from './fixtures.ts';

const inputWithPair = fc
  .oneof(matchingInput(), contendedInput())
  .filter((input) => input.actors.length > 0 && input.mentors.length > 0)
  .chain((input) =>
    fc.record({
      input: fc.constant(input),
      actor: fc.constantFrom(...input.actors),
      mentor: fc.constantFrom(...input.mentors),
    }),
  );

describe('whyNot', () => {
  it('matches brute force with the pair locked in, and the dual bound never overstates the loss', () => {
    fc.assert(
      fc.property(inputWithPair, ({ input, actor, mentor }) => {
        const answer = whyNot(input, actor.id, mentor.id);
        const result = solve(input);
        const chosen = result.pairs.some((p) => p.actorId === actor.id && p.mentorId === mentor.id);
        const lockedElsewhere = (input.locks ?? []).some((l) => l.actorId === actor.id);
        if (chosen) {
          expect(answer.status).toBe('chosen');
          return;
        }
        if (!isAllowed(input, actor, mentor)) {
          expect(answer.status).toBe('forbidden');
          return;
        }
        if (lockedElsewhere) {
          expect(answer.status).toBe('actor_locked');
          return;
        }
        const lockedSlots = (input.locks ?? []).filter((l) => l.mentorId === mentor.id).length;
        if (lockedSlots >= mentor.capacity) {
          expect(answer.status).toBe('no_free_slot');
          return;
        }
        expect(answer.status).toBe('not_chosen');
        const forced = bruteForce(lockedWith(input, { actorId: actor.id, mentorId: mentor.id })).maxTotal;
        expect(answer.exact?.placedCount).toBe(forced.placed);
        expect(answer.exact?.totalScore).toBe(forced.total);
        const loss =
          (answer.placementWeight ?? 0) * (answer.exact?.placedLoss ?? 0) + (answer.exact?.scoreLoss ?? 0);
        expect(answer.dualBound).not.toBeNull();
        expect(answer.dualBound).toBeGreaterThanOrEqual(0);
        expect(answer.dualBound as number).toBeLessThanOrEqual(loss);
        expect(answer.fi.length).toBeGreaterThan(0);
        expect(answer.en.length).toBeGreaterThan(0);
      }),
      { numRuns: 120 },
    );
  });

  it('says what choosing the other mentor would cost', () => {
    const answer = whyNot(tightProgram(), 'a3', 'm1');
    expect(answer.status).toBe('not_chosen');
    expect(answer.exact).toMatchObject({ placedLoss: 0 });
    expect(answer.en).toMatch(/^Choosing mentor m1 for this actor would /);
    expect(answer.fi).toMatch(/^Mentorin m1 valitseminen tälle aktorille /);
  });
});

describe('marginalGainOfSlot', () => {
  it('matches brute force with one more slot, within the dual bound', () => {
    const inputWithMentor = fc
      .oneof(matchingInput(), contendedInput())
      .filter((input) => input.mentors.length > 0 && input.actors.length <= 6)
      .chain((input) => fc.record({ input: fc.constant(input), mentor: fc.constantFrom(...input.mentors) }));
    fc.assert(
      fc.property(inputWithMentor, ({ input, mentor }) => {
        const gain = marginalGainOfSlot(input, mentor.id);
        const before = bruteForce(input).maxTotal;
        const after = bruteForce({
          ...input,
          mentors: input.mentors.map((m) => (m.id === mentor.id ? { ...m, capacity: m.capacity + 1 } : m)),
        }).maxTotal;
        expect(gain.placedGain).toBe(after.placed - before.placed);
        expect(gain.scoreGain).toBe(after.total - before.total);
        const combined = (gain.placementWeight ?? 0) * gain.placedGain + gain.scoreGain;
        expect(combined).toBeLessThanOrEqual(gain.dualBound as number);
      }),
      { numRuns: 100 },
    );
  });

  it('places the left-out actor when a full mentor gets a slot', () => {
    const gain = marginalGainOfSlot(tightProgram(), 'm1');
    expect(gain).toMatchObject({ placedGain: 1, capacity: 1 });
    expect(gain.exact.changes).toEqual([{ actorId: 'a2', from: null, to: 'm1' }]);
  });
});
