import fc from 'fast-check';
import type {
  ActorInput,
  Criterion,
  MatchingInput,
  MeetingMode,
  MentorInput,
  Objective,
  PairRef,
} from '../src/index.ts';
import { scorePair } from '../src/index.ts';

const SECTORS = ['teatteri', 'musiikki', 'festivaalit', 'tanssi'];
const SKILLS = ['rahoitus', 'markkinointi', 'sopimukset', 'johtaminen', 'verkostot'];
const LANGUAGES = ['fi', 'en', 'sv'];
const TOWNS = ['Tampere', 'Helsinki', 'Turku', 'Nokia'];
const REGIONS = ['Pirkanmaa', 'Uusimaa', 'Varsinais-Suomi'];
const MODES: MeetingMode[][] = [['in_person'], ['remote'], ['in_person', 'remote'], []];

const subset = (pool: string[], max: number) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: max });

const rarely = fc.integer({ min: 0, max: 9 }).map((x) => x === 0);

const person = {
  languages: subset(LANGUAGES, 2),
  municipality: fc.constantFrom(...TOWNS, ''),
  region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
  meetingModes: fc.constantFrom(...MODES),
};

export interface Shape {
  maxActors: number;
  maxMentors: number;
  maxCapacity: number;
}

/** Small random programs: a few actors and mentors, forbidden pairs, must-haves and valid locks. */
export function matchingInput(
  shape: Shape = { maxActors: 7, maxMentors: 4, maxCapacity: 4 },
): fc.Arbitrary<MatchingInput> {
  return fc
    .record({
      actorCount: fc.integer({ min: 0, max: shape.maxActors }),
      mentorCount: fc.integer({ min: 0, max: shape.maxMentors }),
    })
    .chain(({ actorCount, mentorCount }) => {
      const actorIds = Array.from({ length: actorCount }, (_, i) => `a${i}`);
      const mentorIds = Array.from({ length: mentorCount }, (_, j) => `m${j}`);
      const actor = (id: string): fc.Arbitrary<ActorInput> =>
        fc.record({
          id: fc.constant(id),
          sectors: subset(SECTORS, 2),
          needs: subset(SKILLS, 3),
          ...person,
          wishes: mentorIds.length === 0 ? fc.constant([]) : subset(mentorIds, 3),
        });
      const mentor = (id: string): fc.Arbitrary<MentorInput> =>
        fc.record({
          id: fc.constant(id),
          sectors: subset(SECTORS, 2),
          expertise: subset(SKILLS, 4),
          ...person,
          capacity: fc.integer({ min: 0, max: shape.maxCapacity }),
          conflicts:
            actorIds.length === 0
              ? fc.constant([])
              : fc.oneof(
                  { weight: 3, arbitrary: fc.constant([]) },
                  { weight: 1, arbitrary: subset(actorIds, 1) },
                ),
        });
      const pair = (): fc.Arbitrary<PairRef[]> =>
        actorIds.length === 0 || mentorIds.length === 0
          ? fc.constant([])
          : fc.array(
              fc.record({ actorId: fc.constantFrom(...actorIds), mentorId: fc.constantFrom(...mentorIds) }),
              {
                maxLength: 3,
              },
            );
      return fc.record({
        actors: fc.tuple(...actorIds.map(actor)),
        mentors: fc.tuple(...mentorIds.map(mentor)),
        weights: fc.record({
          sector: fc.integer({ min: 0, max: 10 }),
          needs: fc.integer({ min: 0, max: 10 }),
          language: fc.integer({ min: 0, max: 10 }),
          location: fc.integer({ min: 0, max: 10 }),
          wish: fc.integer({ min: 0, max: 10 }),
        }),
        mustHave: fc.record(
          { sector: rarely, needs: rarely, language: rarely, location: rarely, wish: rarely },
          { requiredKeys: [] },
        ),
        exclusions: pair(),
        locks: fc.oneof(pair(), pair(), fc.constant([])),
      });
    })
    .map((raw) => {
      const input: MatchingInput = { ...raw, actors: [...raw.actors], mentors: [...raw.mentors] };
      return { ...input, locks: validLocks(input, raw.locks) };
    });
}

/** Keeps the candidate locks a coordinator could actually set: allowed pairs, within capacity. */
export function validLocks(input: MatchingInput, candidates: readonly PairRef[]): PairRef[] {
  const used = new Map<string, number>();
  const lockedActors = new Set<string>();
  const locks: PairRef[] = [];
  for (const lock of candidates) {
    const actor = input.actors.find((a) => a.id === lock.actorId);
    const mentor = input.mentors.find((m) => m.id === lock.mentorId);
    if (!actor || !mentor || lockedActors.has(actor.id)) continue;
    if ((used.get(mentor.id) ?? 0) >= mentor.capacity) continue;
    if (!isAllowed(input, actor, mentor)) continue;
    locks.push(lock);
    lockedActors.add(actor.id);
    used.set(mentor.id, (used.get(mentor.id) ?? 0) + 1);
  }
  return locks;
}

export function isAllowed(input: MatchingInput, actor: ActorInput, mentor: MentorInput): boolean {
  const score = scorePair(actor, mentor, input);
  const excluded = (input.exclusions ?? []).some((e) => e.actorId === actor.id && e.mentorId === mentor.id);
  return !score.conflict && !excluded && score.unmetMustHave.length === 0;
}

export function withObjective(input: MatchingInput, objective: Objective): MatchingInput {
  return { ...input, objective };
}

export const criteria: Criterion[] = ['sector', 'needs', 'language', 'location', 'wish'];

/**
 * Scarce slots and few forbidden pairs: the regime where the fair objective and maxTotal disagree,
 * so the fair tests exercise real trade-offs rather than ties.
 */
export function contendedInput(): fc.Arbitrary<MatchingInput> {
  return matchingInput({ maxActors: 7, maxMentors: 4, maxCapacity: 2 })
    .filter((input) => input.actors.length >= 3 && input.mentors.length >= 2)
    .map((input) => {
      const clean: MatchingInput = {
        ...input,
        mustHave: {},
        exclusions: [],
        mentors: input.mentors.map((m) => ({ ...m, capacity: Math.max(1, m.capacity), conflicts: [] })),
      };
      return { ...clean, locks: validLocks(clean, input.locks ?? []) };
    });
}
