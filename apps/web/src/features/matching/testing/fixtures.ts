import type { Match, Participant, SuggestedPair, Suggestion, Tag, WhyNotAnswer } from '@mentoring/contracts';

/** Small, typed matching worlds for the web tests: a contract change breaks the tests that rely on it. */
export const programId = '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44';

export const mentors = {
  helena: { id: '11111111-1111-4111-8111-111111111111', name: 'Helena Mentori' },
  jussi: { id: '22222222-2222-4222-8222-222222222222', name: 'Jussi Mentori' },
  kaisa: { id: '33333333-3333-4333-8333-333333333333', name: 'Kaisa Mentori' },
  lauri: { id: '44444444-4444-4444-8444-444444444444', name: 'Lauri Mentori' },
} as const;

export const actors = {
  aino: { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Aino Aktori' },
  eero: { id: 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', name: 'Eero Aktori' },
  ville: { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'Ville Aktori' },
} as const;

export function aPair(
  actorId: string,
  mentorId: string,
  overrides: Partial<SuggestedPair> = {},
): SuggestedPair {
  return {
    actorId,
    mentorId,
    score: 72,
    breakdown: [
      { criterion: 'sector', value: 1, weight: 3, points: 17.6, mustHave: false, met: true },
      { criterion: 'needs', value: 0.5, weight: 5, points: 14.7, mustHave: false, met: true },
      { criterion: 'language', value: 1, weight: 4, points: 23.5, mustHave: true, met: true },
      { criterion: 'location', value: 0.5, weight: 2, points: 5.9, mustHave: false, met: true },
      { criterion: 'wish', value: 0.5, weight: 3, points: 8.8, mustHave: false, met: true },
    ],
    reasons: [
      { criterion: 'sector', code: 'sector_same', fi: 'Sama ala: musiikki', en: 'Same sector: music' },
      { criterion: 'wish', code: 'wish_rank', fi: 'Aktorin 2. toive', en: "The actor's 2nd wish" },
    ],
    locked: false,
    ...overrides,
  };
}

/** Aino → Helena, Eero → Jussi; Ville has no place. */
export function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  const pairs = [
    aPair(actors.aino.id, mentors.helena.id),
    aPair(actors.eero.id, mentors.jussi.id, { score: 48 }),
  ];
  return {
    objective: 'maxTotal',
    pairs,
    unplaced: [{ actorId: actors.ville.id, reason: 'no_capacity' }],
    totalScore: 120,
    worstPairScore: 48,
    placedCount: 2,
    optimal: true,
    mentors: [
      { mentorId: mentors.helena.id, capacity: 1, load: 1, slotValueBound: 12.5 },
      { mentorId: mentors.jussi.id, capacity: 1, load: 1, slotValueBound: 0 },
    ],
    heatmap: {
      actorIds: [actors.aino.id, actors.eero.id, actors.ville.id],
      mentorIds: [mentors.helena.id, mentors.jussi.id],
      scores: [
        [72, 40],
        [null, 48],
        [35, 30],
      ],
    },
    people: [
      { userId: mentors.helena.id, name: mentors.helena.name, role: 'mentor' },
      { userId: mentors.jussi.id, name: mentors.jussi.name, role: 'mentor' },
      { userId: actors.aino.id, name: actors.aino.name, role: 'actor' },
      { userId: actors.eero.id, name: actors.eero.name, role: 'actor' },
      { userId: actors.ville.id, name: actors.ville.name, role: 'actor' },
    ],
    solveMs: 3.25,
    ...overrides,
  };
}

export function aWhyNot(overrides: Partial<WhyNotAnswer> = {}): WhyNotAnswer {
  return {
    status: 'not_chosen',
    cost: 16,
    fi: `Mentorin ${mentors.jussi.id} valitseminen tälle aktorille maksaisi 16 pistettä kokonaispisteistä.`,
    en: `Choosing mentor ${mentors.jussi.id} for this actor would cost 16 points of the total score.`,
    ...overrides,
  };
}

export function aMatch(overrides: Partial<Match> = {}): Match {
  return {
    id: '9a9a9a9a-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    programId,
    mentorId: mentors.helena.id,
    mentorName: mentors.helena.name,
    actorId: actors.aino.id,
    actorName: actors.aino.name,
    status: 'active',
    score: 72,
    reasons: [
      { criterion: 'sector', code: 'sector_same', fi: 'Sama ala: musiikki', en: 'Same sector: music' },
      {
        criterion: 'language',
        code: 'language_shared',
        fi: 'Yhteinen kieli: suomi',
        en: 'Shared language: Finnish',
      },
    ],
    endedReason: null,
    createdAt: '2026-01-10T09:00:00Z',
    publishedAt: '2026-01-10T09:00:00Z',
    endedAt: null,
    ...overrides,
  };
}

export function aMentorParticipant(
  mentor: { id: string; name: string },
  bio = 'Konserttituottaja.',
): Participant {
  return {
    userId: mentor.id,
    name: mentor.name,
    email: null,
    role: 'mentor',
    joinedAt: '2026-01-01T09:00:00Z',
    profile: {
      bio,
      sectors: ['music'],
      topics: ['funding'],
      languages: ['fi', 'en'],
      municipality: 'Tampere',
      meetingModes: ['remote'],
      capacity: 3,
      yearsOfExperience: null,
      goals: '',
      conflicts: [],
    },
    profileCompleteness: 100,
  };
}

export function matchingTags(): Tag[] {
  return [
    { kind: 'sector', slug: 'music', labelFi: 'Musiikki', labelEn: 'Music' },
    { kind: 'topic', slug: 'funding', labelFi: 'Rahoitus ja apurahat', labelEn: 'Funding and grants' },
  ];
}
