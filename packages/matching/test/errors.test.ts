import { describe, expect, it } from 'vitest';
import { type MatchingInput, MatchingInputError, solve, validateInput } from '../src/index.ts';
import { actor, mentor, tightProgram } from './fixtures.ts';

function errorOf(input: MatchingInput): MatchingInputError {
  try {
    solve(input);
  } catch (error) {
    if (error instanceof MatchingInputError) return error;
    throw error;
  }
  throw new Error('expected a MatchingInputError');
}

describe('input errors', () => {
  it('rejects locks naming unknown people', () => {
    const error = errorOf({ ...tightProgram(), locks: [{ actorId: 'nobody', mentorId: 'm1' }] });
    expect(error.code).toBe('unknown_id');
    expect(error.issues[0]).toMatchObject({ actorId: 'nobody', mentorId: 'm1' });
  });

  it('rejects a lock on a forbidden pair (conflict, exclusion or must-have)', () => {
    const program = tightProgram();
    const conflicted = { ...program, mentors: [mentor('m1', 1, { conflicts: ['a1'] }), mentor('m2', 1)] };
    expect(errorOf({ ...conflicted, locks: [{ actorId: 'a1', mentorId: 'm1' }] }).code).toBe(
      'lock_forbidden',
    );
    const excluded = { ...program, exclusions: [{ actorId: 'a1', mentorId: 'm1' }] };
    expect(errorOf({ ...excluded, locks: [{ actorId: 'a1', mentorId: 'm1' }] }).code).toBe('lock_forbidden');
    const mustHave = { ...program, mustHave: { wish: true } };
    expect(errorOf({ ...mustHave, locks: [{ actorId: 'a1', mentorId: 'm2' }] }).code).toBe('lock_forbidden');
  });

  it('rejects locks beyond a mentor capacity', () => {
    const error = errorOf({
      ...tightProgram(),
      locks: [
        { actorId: 'a1', mentorId: 'm1' },
        { actorId: 'a2', mentorId: 'm1' },
      ],
    });
    expect(error.code).toBe('lock_capacity');
    expect(error.issues[0]?.mentorId).toBe('m1');
  });

  it('rejects an actor locked twice', () => {
    const locks = [
      { actorId: 'a1', mentorId: 'm1' },
      { actorId: 'a1', mentorId: 'm2' },
    ];
    expect(errorOf({ ...tightProgram(), locks }).code).toBe('duplicate_lock');
  });

  it('lists every structural problem at once', () => {
    const input: MatchingInput = {
      actors: [actor('a1'), actor('a1')],
      mentors: [mentor('m1', -1), mentor('m2', 1.5)],
      weights: { needs: 11 },
      exclusions: [{ actorId: 'a1', mentorId: 'zz' }],
    };
    expect(validateInput(input).map((issue) => issue.code)).toEqual([
      'duplicate_id',
      'invalid_capacity',
      'invalid_capacity',
      'invalid_weight',
      'unknown_id',
    ]);
    expect(errorOf(input).issues).toHaveLength(5);
  });

  it('rejects unknown objectives and meeting modes', () => {
    const input = { ...tightProgram(), objective: 'best' } as unknown as MatchingInput;
    expect(errorOf(input).code).toBe('invalid_objective');
    const modes = { ...tightProgram(), actors: [actor('a1', { meetingModes: ['phone' as 'remote'] })] };
    expect(errorOf(modes).code).toBe('invalid_meeting_mode');
  });
});

describe('unplaced reasons', () => {
  it('tells no capacity, all forbidden and must-have apart', () => {
    const input: MatchingInput = {
      actors: [actor('a1'), actor('a2'), actor('a3', { languages: ['sv'] }), actor('a4')],
      mentors: [mentor('m1', 1, { conflicts: ['a2'] }), mentor('m2', 1)],
      exclusions: [{ actorId: 'a2', mentorId: 'm2' }],
      mustHave: { language: true },
      locks: [{ actorId: 'a4', mentorId: 'm2' }],
    };
    const result = solve(input);
    expect(result.unplaced).toEqual([
      { actorId: 'a2', reason: 'all_forbidden' },
      { actorId: 'a3', reason: 'must_have_unmet' },
    ]);
    expect(result.pairs.map((p) => [p.actorId, p.mentorId, p.locked])).toEqual([
      ['a1', 'm1', false],
      ['a4', 'm2', true],
    ]);
    const crowded = solve(tightProgram());
    expect(crowded.unplaced).toEqual([{ actorId: 'a2', reason: 'no_capacity' }]);
  });

  it('handles empty programs', () => {
    expect(solve({ actors: [], mentors: [] })).toMatchObject({ pairs: [], placedCount: 0, optimal: true });
    expect(solve({ actors: [actor('a1')], mentors: [] }).unplaced).toEqual([
      { actorId: 'a1', reason: 'no_capacity' },
    ]);
  });
});
