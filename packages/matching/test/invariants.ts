import { expect } from 'vitest';
import type { MatchingInput, SolveResult } from '../src/index.ts';
import { isAllowed } from './arbitraries.ts';

/** Hard constraints every result must satisfy, whatever the objective. */
export function expectHardConstraints(input: MatchingInput, result: SolveResult): void {
  const actorIds = new Set(input.actors.map((a) => a.id));
  const seen = new Set<string>();
  for (const pair of result.pairs) {
    expect(actorIds.has(pair.actorId)).toBe(true);
    expect(seen.has(pair.actorId)).toBe(false); // at most one mentor per actor
    seen.add(pair.actorId);
    const actor = input.actors.find((a) => a.id === pair.actorId);
    const mentor = input.mentors.find((m) => m.id === pair.mentorId);
    if (!actor || !mentor) throw new Error('pair names unknown people');
    expect(isAllowed(input, actor, mentor)).toBe(true); // conflicts, exclusions, must-haves
  }
  for (const actor of input.actors) {
    const placed = seen.has(actor.id);
    expect(placed || result.unplaced.some((u) => u.actorId === actor.id)).toBe(true);
  }
  for (const mentor of input.mentors) {
    const load = result.pairs.filter((p) => p.mentorId === mentor.id).length;
    expect(load).toBeLessThanOrEqual(mentor.capacity);
    expect(result.mentorLoad.find((l) => l.mentorId === mentor.id)?.load).toBe(load);
  }
  for (const lock of input.locks ?? []) {
    const pair = result.pairs.find((p) => p.actorId === lock.actorId);
    expect(pair?.mentorId).toBe(lock.mentorId);
    expect(pair?.locked).toBe(true);
  }
  expect(result.placedCount).toBe(result.pairs.length);
  expect(result.totalScore).toBe(result.pairs.reduce((sum, p) => sum + p.score, 0));
  for (const pair of result.pairs) {
    expect(pair.reasons).toHaveLength(5);
    for (const reason of pair.reasons) {
      expect(reason.fi.length).toBeGreaterThan(0);
      expect(reason.en.length).toBeGreaterThan(0);
    }
  }
}
