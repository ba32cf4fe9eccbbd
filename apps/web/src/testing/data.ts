import type {
  ImportReport,
  ImportRow,
  Invitation,
  InvitationPreview,
  Me,
  Problem,
  Profile,
  ProfileView,
  Program,
  ProgramDetail,
  ProgramSummary,
  Session,
  Tag,
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
    retentionMonths: 24,
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

export function anInvitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: '3c1e9b7a-2d4f-4e6a-9b8c-7d6e5f4a3b2c',
    programId: aProgram().id,
    email: 'aino@example.test',
    name: 'Aino Aktori',
    role: 'actor',
    status: 'open',
    createdAt: '2022-09-02T09:00:00Z',
    expiresAt: '2022-09-16T09:00:00Z',
    ...overrides,
  };
}

export function anInvitationPreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    programName: aProgram().name,
    role: 'actor',
    name: 'Aino Aktori',
    email: 'aino@example.test',
    accountExists: false,
    ...overrides,
  };
}

export function anImportReport(rows: ImportRow[], overrides: Partial<ImportReport> = {}): ImportReport {
  const verdicts = [
    'valid',
    'duplicate',
    'already_member',
    'already_invited',
    'bad_email',
    'unknown_role',
    'missing_name',
  ] as const;
  const counts = Object.fromEntries(
    verdicts.map((verdict) => [verdict, rows.filter((row) => row.verdict === verdict).length]),
  ) as ImportReport['counts'];
  return { dryRun: true, rows, counts, imported: 0, ...overrides };
}

export function anEmptyProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    bio: '',
    sectors: [],
    topics: [],
    languages: [],
    municipality: '',
    meetingModes: [],
    capacity: null,
    yearsOfExperience: null,
    goals: '',
    conflicts: [],
    ...overrides,
  };
}

export function aProfileView(overrides: Partial<ProfileView> = {}): ProfileView {
  return {
    userId: aUser().id,
    programId: aProgram().id,
    name: aUser().name,
    role: 'actor',
    profile: anEmptyProfile(),
    completeness: 0,
    ...overrides,
  };
}

export function someTags(): Tag[] {
  return [
    { kind: 'sector', slug: 'music', labelFi: 'Musiikki', labelEn: 'Music' },
    { kind: 'sector', slug: 'theatre', labelFi: 'Teatteri', labelEn: 'Theatre' },
    { kind: 'topic', slug: 'funding', labelFi: 'Rahoitus ja apurahat', labelEn: 'Funding and grants' },
    { kind: 'topic', slug: 'touring', labelFi: 'Kiertuetuotanto', labelEn: 'Touring' },
  ];
}
