import type { ActorInput, MatchingInput, MentorInput } from '../src/index.ts';

export function actor(id: string, extra: Partial<ActorInput> = {}): ActorInput {
  return {
    id,
    sector: 'teatteri',
    needs: ['rahoitus'],
    languages: ['fi'],
    municipality: 'Tampere',
    meetingModes: ['in_person', 'remote'],
    wishes: [],
    ...extra,
  };
}

export function mentor(id: string, capacity: number, extra: Partial<MentorInput> = {}): MentorInput {
  return {
    id,
    sectors: ['teatteri'],
    expertise: ['rahoitus'],
    languages: ['fi'],
    municipality: 'Tampere',
    meetingModes: ['in_person', 'remote'],
    capacity,
    conflicts: [],
    ...extra,
  };
}

/** Three actors, two mentors with one slot each: someone is always left out. */
export function tightProgram(): MatchingInput {
  return {
    actors: [
      actor('a1', { wishes: ['m1'] }),
      actor('a2', { wishes: ['m1'] }),
      actor('a3', { wishes: ['m2'] }),
    ],
    mentors: [mentor('m1', 1), mentor('m2', 1)],
  };
}
