import type { MatchingInputIssue } from './errors.ts';
import type { MatchingInput, PairRef } from './types.ts';
import { CRITERIA } from './types.ts';

const OBJECTIVES = new Set(['maxTotal', 'fair', 'stable']);
const MODES = new Set(['in_person', 'remote']);

/**
 * Structural checks that need no scores. Lock checks that do (forbidden pair, capacity) run in
 * prepare(). Returns every issue so a coordinator can fix them in one go.
 */
export function validateInput(input: MatchingInput): MatchingInputIssue[] {
  const issues: MatchingInputIssue[] = [];
  const actorIds = uniqueIds(input.actors, 'actor', issues);
  const mentorIds = uniqueIds(input.mentors, 'mentor', issues);
  for (const mentor of input.mentors) {
    if (!Number.isInteger(mentor.capacity) || mentor.capacity < 0) {
      issues.push({
        code: 'invalid_capacity',
        message: `Mentor ${mentor.id}: capacity must be a non-negative integer, got ${mentor.capacity}`,
        mentorId: mentor.id,
      });
    }
  }
  for (const person of [...input.actors, ...input.mentors]) {
    for (const mode of person.meetingModes) {
      if (!MODES.has(mode)) {
        issues.push({
          code: 'invalid_meeting_mode',
          message: `${person.id}: unknown meeting mode "${mode}"`,
        });
      }
    }
  }
  for (const criterion of CRITERIA) {
    const weight = input.weights?.[criterion];
    if (weight !== undefined && !(Number.isFinite(weight) && weight >= 0 && weight <= 10)) {
      issues.push({
        code: 'invalid_weight',
        message: `Weight of ${criterion} must be within 0..10, got ${weight}`,
      });
    }
  }
  if (input.objective !== undefined && !OBJECTIVES.has(input.objective)) {
    issues.push({ code: 'invalid_objective', message: `Unknown objective "${String(input.objective)}"` });
  }
  const lockedActors = new Set<string>();
  for (const lock of input.locks ?? []) {
    if (!knownPair(lock, actorIds, mentorIds, 'Lock', issues)) continue;
    if (lockedActors.has(lock.actorId)) {
      issues.push({
        code: 'duplicate_lock',
        message: `Actor ${lock.actorId} is locked more than once`,
        actorId: lock.actorId,
        mentorId: lock.mentorId,
      });
    }
    lockedActors.add(lock.actorId);
  }
  for (const exclusion of input.exclusions ?? [])
    knownPair(exclusion, actorIds, mentorIds, 'Exclusion', issues);
  return issues;
}

function uniqueIds(
  people: readonly { id: string }[],
  role: 'actor' | 'mentor',
  issues: MatchingInputIssue[],
): Set<string> {
  const ids = new Set<string>();
  for (const { id } of people) {
    if (ids.has(id)) {
      issues.push({
        code: 'duplicate_id',
        message: `Duplicate ${role} id ${id}`,
        ...(role === 'actor' ? { actorId: id } : { mentorId: id }),
      });
    }
    ids.add(id);
  }
  return ids;
}

function knownPair(
  pair: PairRef,
  actorIds: Set<string>,
  mentorIds: Set<string>,
  what: string,
  issues: MatchingInputIssue[],
): boolean {
  const actorKnown = actorIds.has(pair.actorId);
  const mentorKnown = mentorIds.has(pair.mentorId);
  if (!actorKnown) {
    issues.push({ code: 'unknown_id', message: `${what} names unknown actor ${pair.actorId}`, ...pair });
  }
  if (!mentorKnown) {
    issues.push({ code: 'unknown_id', message: `${what} names unknown mentor ${pair.mentorId}`, ...pair });
  }
  return actorKnown && mentorKnown;
}
