import type { Booking, Goal, Match, PairHealth, ProgramHealth, SessionLog, Tag } from '@mentoring/contracts';

/** Small, typed progress worlds for the web tests: a contract change breaks the tests that rely on it. */
export const programId = '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44';
export const matchId = '9a9a9a9a-1b1b-4c2c-8d3d-4e4e4e4e4e4e';
export const mentor = { id: '11111111-1111-4111-8111-111111111111', name: 'Helena Mentori' };
export const actor = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Aino Aktori' };
export const phaseIds = {
  kickoff: '9e2d4c6b-1a3f-4b5c-8d7e-6f5a4b3c2d1e',
  midpoint: '9e2d4c6b-1a3f-4b5c-8d7e-6f5a4b3c2d1f',
};

export const tags: Tag[] = [
  { kind: 'topic', slug: 'funding', labelFi: 'Rahoitus', labelEn: 'Funding' },
  { kind: 'topic', slug: 'wellbeing', labelFi: 'Jaksaminen', labelEn: 'Wellbeing' },
  { kind: 'sector', slug: 'music', labelFi: 'Musiikki', labelEn: 'Music' },
];

export function aMatch(overrides: Partial<Match> = {}): Match {
  return {
    id: matchId,
    programId,
    mentorId: mentor.id,
    mentorName: mentor.name,
    actorId: actor.id,
    actorName: actor.name,
    status: 'active',
    score: 72,
    reasons: [],
    endedReason: null,
    createdAt: '2026-09-01T09:00:00Z',
    publishedAt: '2026-09-02T09:00:00Z',
    endedAt: null,
    ...overrides,
  };
}

export function aSessionLog(overrides: Partial<SessionLog> = {}): SessionLog {
  return {
    id: '5e5e5e5e-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    matchId,
    bookingId: null,
    heldAt: '2026-11-20T12:00:00Z',
    durationMinutes: 60,
    format: 'remote',
    topics: ['funding'],
    sharedSummary: 'Kävimme läpi apurahahaun aikataulun.',
    privateNote: null,
    reflection: null,
    actionItems: [
      {
        id: '6f6f6f6f-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        sessionId: '5e5e5e5e-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        text: 'Luonnostele hakemuksen budjetti',
        owner: 'actor',
        dueOn: '2026-11-25',
        done: false,
        overdue: true,
      },
      {
        id: '7a7a7a7a-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        sessionId: '5e5e5e5e-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        text: 'Lähetä esimerkkihakemus',
        owner: 'mentor',
        dueOn: null,
        done: true,
        overdue: false,
      },
    ],
    ...overrides,
  };
}

export function aGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: '8b8b8b8b-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    matchId,
    title: 'Rahoitushakemus valmiiksi',
    description: 'Haen apurahaa ensi kaudelle.',
    successCriteria: 'Hakemus on lähetetty.',
    topics: ['funding'],
    mentorComment: '',
    checkIns: [
      {
        id: '1c1c1c1c-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        phaseId: phaseIds.kickoff,
        ratedBy: 'actor',
        rating: 2,
        note: 'Alussa',
        createdAt: '2026-09-10T09:00:00Z',
      },
      {
        id: '2c2c2c2c-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
        phaseId: phaseIds.kickoff,
        ratedBy: 'mentor',
        rating: 3,
        note: '',
        createdAt: '2026-09-11T09:00:00Z',
      },
    ],
    ...overrides,
  };
}

export function aBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    id: '3d3d3d3d-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
    programId,
    matchId,
    mentorId: mentor.id,
    mentorName: mentor.name,
    actorId: actor.id,
    actorName: actor.name,
    startsAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    endsAt: new Date(Date.now() - 2 * 86_400_000 + 45 * 60_000).toISOString(),
    status: 'confirmed',
    locationKind: 'in_person',
    location: 'Tampere',
    agenda: '',
    sequence: 0,
    cancelledAt: null,
    cancelReason: null,
    ...overrides,
  };
}

export function aPairHealth(overrides: Partial<PairHealth> = {}): PairHealth {
  return {
    matchId,
    mentorId: mentor.id,
    mentorName: mentor.name,
    actorId: actor.id,
    actorName: actor.name,
    status: 'active',
    state: 'on_track',
    reasons: [],
    lastMeetingAt: '2026-11-20T12:00:00Z',
    nextMeetingAt: '2026-12-02T12:00:00Z',
    sessionsHeld: 5,
    sessionsExpected: 4.5,
    openActionItems: 2,
    overdueActionItems: 0,
    latestGoalRating: 3,
    ...overrides,
  };
}

/** Three pairs, one in each of three states. */
export function aProgramHealth(): ProgramHealth {
  const pairs = [
    aPairHealth(),
    aPairHealth({
      matchId: '4e4e4e4e-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
      actorName: 'Eero Aktori',
      mentorName: 'Jussi Mentori',
      state: 'at_risk',
      reasons: ['long_silence'],
      lastMeetingAt: '2026-09-20T12:00:00Z',
      nextMeetingAt: null,
      sessionsHeld: 1,
      overdueActionItems: 2,
      latestGoalRating: null,
    }),
    aPairHealth({
      matchId: '5f5f5f5f-1b1b-4c2c-8d3d-4e4e4e4e4e4e',
      actorName: 'Ville Aktori',
      mentorName: 'Kaisa Mentori',
      state: 'needs_check_in',
      reasons: ['no_meeting_recently'],
      sessionsHeld: 3,
    }),
  ];
  return {
    pairs,
    counts: { on_track: 1, needs_check_in: 1, at_risk: 1, closed: 0 },
    meetingsPerWeek: [
      { weekStart: '2026-11-16', meetings: 4 },
      { weekStart: '2026-11-23', meetings: 1 },
    ],
  };
}
