import type {
  Me,
  Problem,
  Program,
  ProgramDetail,
  ProgramSummary,
  Session,
  User,
} from '@mentoring/contracts';

/** Response bodies built from the contract types, so a contract change breaks the tests that rely on it. */
export function aUser(overrides: Partial<User> = {}): User {
  return {
    id: '0b8f3c2e-4d7a-4a51-9f0e-2c6b1d9e7a10',
    email: 'maija@example.test',
    name: 'Maija Meikäläinen',
    locale: 'fi',
    isAdmin: false,
    ...overrides,
  };
}

export function aSession(overrides: Partial<Session> = {}): Session {
  return { accessToken: 'access-1', expiresIn: 900, user: aUser(), ...overrides };
}

export function aProgram(overrides: Partial<Program> = {}): Program {
  return {
    id: '5d1c9a4e-8e3b-4f27-a6c1-7b2e0f9d3c44',
    name: 'Valmentava mentorointi 2022',
    description: 'Tuottajien mentorointiohjelma',
    startsOn: '2022-09-01',
    endsOn: '2023-05-31',
    timeZone: 'Europe/Helsinki',
    targetMeetingsPerPair: 8,
    archived: false,
    ...overrides,
  };
}

export function aProgramSummary(overrides: Partial<ProgramSummary> = {}): ProgramSummary {
  return {
    ...aProgram(),
    myRole: 'coordinator',
    counts: { coordinator: 1, mentor: 8, actor: 30 },
    ...overrides,
  };
}

export function aProgramDetail(overrides: Partial<ProgramDetail> = {}): ProgramDetail {
  return {
    ...aProgramSummary(),
    phases: [
      {
        id: '9e2d4c6b-1a3f-4b5c-8d7e-6f5a4b3c2d1e',
        kind: 'kickoff',
        name: '',
        startsOn: '2022-09-01',
        endsOn: '2022-09-30',
      },
    ],
    ...overrides,
  };
}

export function aMe(overrides: Partial<Me> = {}): Me {
  return { user: aUser(), memberships: [{ role: 'actor', program: aProgram() }], ...overrides };
}

export function aProblem(status: number, code: string, overrides: Partial<Problem> = {}): Problem {
  return {
    type: `about:blank#${code}`,
    title: 'Error',
    status,
    code,
    requestId: 'req-1',
    ...overrides,
  };
}

/** An HTTP problem+json response init, as the API sends errors. */
export function problemInit(status: number): ResponseInit {
  return { status, headers: { 'content-type': 'application/problem+json' } };
}
