/**
 * The authorization matrix: for every route of the API, who gets through and what everyone else
 * gets. `authz-matrix.test.ts` calls each route as every caller and compares with this table; a
 * route missing here (or an entry without a route) fails the build.
 *
 * Callers: anonymous; `outsider` (signed in, in no program); the program's `actor` and `mentor`
 * (a pair with each other); its `coordinator`; `otherCoordinator` (coordinates another program);
 * `admin`. Objects are their own: the pair's match, booking, session, goal; the program's event,
 * group, survey, invitation.
 */
import { AVAILABILITY } from './authz-world.ts';

export const CALLERS = [
  'anonymous',
  'outsider',
  'actor',
  'mentor',
  'coordinator',
  'otherCoordinator',
  'admin',
] as const;
export type Caller = (typeof CALLERS)[number];
const SIGNED_IN: Caller[] = ['outsider', 'actor', 'mentor', 'coordinator', 'otherCoordinator', 'admin'];
const MEMBERS: Caller[] = ['actor', 'mentor', 'coordinator', 'admin'];
const MANAGERS: Caller[] = ['coordinator', 'admin'];
const PAIR_AND_MANAGERS: Caller[] = ['actor', 'mentor', 'coordinator', 'admin'];

/** A status code: every call is compared with exactly one. */
export type Expected = number;

/** What an allowed caller gets unless the entry's `ok` says otherwise. */
const SUCCESS: Record<string, Expected> = { GET: 200, POST: 201, PUT: 200, PATCH: 200, DELETE: 204 };

export interface RouteRequest {
  query?: string;
  payload?: unknown;
  headers?: Record<string, string>;
}

export interface RouteRule {
  /** Who gets through the access checks; `public` routes answer everyone the same. */
  allow: Caller[] | 'public';
  /** What the allowed get (default by method: GET, PUT, PATCH 200; POST 201; DELETE 204). */
  ok?: Expected;
  /** What the signed-in who are not allowed get (default 403; 404 where existence is hidden). */
  denied?: 403 | 404;
  /** Exceptions for single callers. */
  except?: Partial<Record<Caller, Expected>>;
  /** Allowed actor and mentor on the other pair's object (default 403). */
  sibling?: Expected;
  /** An administrator with ids that do not exist (default 404). */
  missing?: Expected;
  /** The request beyond the path: valid, so the status shows access and not validation. */
  request?: (ids: Record<string, string>) => RouteRequest;
  /** Path parameters taken from another id of the world (e.g. a draft survey, not the sent one). */
  params?: Record<string, string>;
  /**
   * A write whose success changes nothing another call depends on (the caller's own settings, a
   * dry run, a new row of its own), so it runs on the shared world; other writes get a fresh one.
   */
  shared?: true;
}

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();
let serial = 0;
/** Unique per call: invitations and imports must not collide with earlier calls. */
const unique = () => `${Date.now().toString(36)}-${(serial++).toString(36)}`;

const profile = {
  bio: 'Tuottaja.',
  sectors: [],
  topics: [],
  languages: ['fi'],
  municipality: 'Tampere',
  meetingModes: ['remote'],
};
const event = (programId: string) => ({
  programId,
  type: 'workshop',
  title: 'Matriisityöpaja',
  startsAt: inDays(10),
  endsAt: new Date(Date.now() + 10 * day + 3_600_000).toISOString(),
});

/** A change a mentor (or a coordinator for them) may make to the mentor's week. */
const AVAILABILITY_BODY = { ...AVAILABILITY, weeklyRules: [{ weekday: 2, start: '09:00', end: '12:00' }] };

export const AUTHZ_MATRIX: Record<string, RouteRule> = {
  // Health and documentation: public by design.
  'GET /healthz': { allow: 'public' },
  'GET /readyz': { allow: 'public' },
  'GET /api/openapi.json': { allow: 'public' },
  'GET /api/docs': { allow: 'public' },
  'GET /api/docs/json': { allow: 'public' },
  'GET /api/docs/yaml': { allow: 'public' },
  'GET /api/docs/static/index.html': { allow: 'public', ok: 302 },
  'GET /api/docs/static/swagger-initializer.js': { allow: 'public' },
  'GET /api/docs/static/*': { allow: 'public', ok: 404 },

  // Sign-in and tokens: public; wrong secrets get the same answer whoever asks.
  'POST /api/auth/login': {
    allow: 'public',
    ok: 401,
    request: () => ({ payload: { email: 'nobody@example.test', password: 'not the password' } }),
  },
  'POST /api/auth/refresh': { allow: 'public', ok: 401 },
  'POST /api/auth/logout': { allow: 'public', ok: 204 },
  'POST /api/auth/password-reset': {
    allow: 'public',
    ok: 202,
    request: () => ({ payload: { email: `nobody-${unique()}@example.test` } }),
  },
  'POST /api/auth/password-reset/:token': {
    allow: 'public',
    ok: 400,
    request: () => ({ payload: { password: 'a long new password 1' } }),
  },
  'GET /api/invitations/:token': { allow: 'public', ok: 404 },
  'POST /api/invitations/:token/accept': {
    allow: 'public',
    ok: 404,
    request: () => ({ payload: { name: 'X', password: 'a long new password 1' } }),
  },
  'GET /api/calendar/:file': { allow: 'public', ok: 404 },

  // Oneself: every signed-in person.
  'GET /api/me': { allow: SIGNED_IN },
  'PATCH /api/me': { allow: SIGNED_IN, shared: true, request: () => ({ payload: { locale: 'en' } }) },
  // Answers with the caller's new access token (200, not a creation).
  'POST /api/me/password': {
    allow: SIGNED_IN,
    ok: 200,
    shared: true,
    request: () => ({
      payload: { currentPassword: 'correct horse battery staple', newPassword: 'another horse battery 2' },
    }),
  },
  'GET /api/me/data': { allow: SIGNED_IN },
  'POST /api/calendar/feed': { allow: SIGNED_IN, shared: true, ok: 200 },
  'DELETE /api/calendar/feed': { allow: SIGNED_IN, shared: true },
  // Coordinators have a program profile too (their name and role in the program).
  'GET /api/profiles/me': {
    allow: ['actor', 'mentor', 'coordinator'],
    request: (ids) => ({ query: `programId=${ids.programId}` }),
  },
  'PUT /api/profiles/me': {
    allow: ['actor', 'mentor'],
    request: (ids) => ({ query: `programId=${ids.programId}`, payload: profile }),
  },

  // Programs and people.
  'GET /api/programs': { allow: SIGNED_IN },
  'POST /api/programs': {
    allow: ['admin'],
    shared: true,
    request: () => ({
      payload: { name: `Matriisi ${unique()}`, startsOn: '2027-01-01', endsOn: '2027-12-31' },
    }),
  },
  'GET /api/programs/:programId': { allow: MEMBERS },
  'PATCH /api/programs/:programId': {
    allow: MANAGERS,
    request: () => ({ payload: { description: 'Uusi' } }),
  },
  'GET /api/programs/:programId/participants': { allow: MEMBERS },
  'DELETE /api/programs/:programId/participants/:userId': { allow: MANAGERS },
  // A dry run: the verdict per row, nothing created.
  'POST /api/programs/:programId/imports/participants': {
    allow: MANAGERS,
    ok: 200,
    shared: true,
    request: () => ({
      query: 'dryRun=true',
      payload: `name,email,role\nTuotu Henkilö,tuotu-${unique()}@example.test,actor\n`,
      headers: { 'content-type': 'text/csv' },
    }),
  },
  'GET /api/programs/:programId/tags': { allow: MEMBERS },
  'PUT /api/programs/:programId/tags': {
    allow: MANAGERS,
    request: () => ({
      payload: { tags: [{ kind: 'topic', slug: 'funding', labelFi: 'Rahoitus', labelEn: 'Funding' }] },
    }),
  },
  'POST /api/programs/:programId/invitations': {
    allow: MANAGERS,
    shared: true,
    request: () => ({
      payload: { email: `kutsu-${unique()}@example.test`, name: 'Kutsuttu', role: 'actor' },
    }),
  },
  'GET /api/programs/:programId/invitations': { allow: MANAGERS },
  'DELETE /api/invitations/:invitationId': { allow: MANAGERS },
  'GET /api/profiles/:userId': {
    allow: ['actor', 'mentor', 'coordinator', 'admin'],
    request: (ids) => ({ query: `programId=${ids.programId}` }),
  },

  // Matching.
  'GET /api/programs/:programId/wishes': { allow: ['actor', 'coordinator', 'admin'] },
  'PUT /api/programs/:programId/wishes': {
    allow: ['actor'],
    request: () => ({ payload: { mentorIds: [] } }),
  },
  'POST /api/programs/:programId/matching/suggestions': {
    allow: MANAGERS,
    ok: 200,
    shared: true,
    request: () => ({ payload: {} }),
  },
  'POST /api/programs/:programId/matching/why-not': {
    allow: MANAGERS,
    ok: 200,
    shared: true,
    request: (ids) => ({ payload: { actorId: ids.freeActorId, mentorId: ids.mentorId } }),
  },
  'GET /api/programs/:programId/matching/settings': { allow: MANAGERS },
  'POST /api/programs/:programId/matches': {
    allow: MANAGERS,
    request: (ids) => ({ payload: { pairs: [{ actorId: ids.freeActorId, mentorId: ids.mentorId }] } }),
  },
  'GET /api/programs/:programId/matches': { allow: MEMBERS },
  'PATCH /api/matches/:matchId': { allow: MANAGERS, request: () => ({ payload: {} }) },

  // Scheduling.
  'GET /api/mentors/:mentorId/availability': { allow: ['mentor', 'coordinator', 'admin'] },
  'PUT /api/mentors/:mentorId/availability': {
    allow: ['mentor', 'coordinator', 'admin'],
    request: () => ({ payload: { ...AVAILABILITY_BODY } }),
  },
  'GET /api/mentors/:mentorId/slots': {
    allow: ['actor', 'mentor', 'coordinator', 'admin'],
    request: () => ({ query: `from=${inDays(1)}&to=${inDays(8)}&length=60` }),
  },
  // Only actors book: an administrator is refused before the mentor is looked up.
  'POST /api/bookings': {
    allow: ['actor'],
    missing: 403,
    request: (ids) => ({
      payload: { mentorId: ids.mentorId, startsAt: ids.slotStart, length: 60, locationKind: 'remote' },
    }),
  },
  'GET /api/bookings': { allow: MANAGERS, request: (ids) => ({ query: `programId=${ids.programId}` }) },
  // Coordinators may move and cancel their program's meetings for the pair.
  'POST /api/bookings/:bookingId/reschedule': {
    allow: PAIR_AND_MANAGERS,
    ok: 200,
    request: (ids) => ({ payload: { startsAt: ids.slotLater } }),
  },
  'POST /api/bookings/:bookingId/cancel': {
    allow: PAIR_AND_MANAGERS,
    ok: 200,
    request: () => ({ payload: {} }),
  },
  'GET /api/bookings/:bookingId/ics': { allow: PAIR_AND_MANAGERS },

  // Session logs, goals, closing, health.
  'POST /api/matches/:matchId/sessions': {
    allow: ['mentor'],
    shared: true,
    request: () => ({
      payload: { heldAt: inDays(-1), durationMinutes: 30, format: 'remote', privateNote: 'Matriisi.' },
    }),
  },
  'GET /api/matches/:matchId/sessions': { allow: PAIR_AND_MANAGERS },
  'PATCH /api/sessions/:sessionId': {
    allow: ['mentor'],
    request: () => ({ payload: { privateNote: 'Muutettu' } }),
  },
  'POST /api/sessions/:sessionId/reflection': {
    allow: ['actor'],
    ok: 200,
    request: () => ({ payload: { reflection: 'Opin paljon.' } }),
  },
  'PATCH /api/action-items/:itemId': {
    allow: ['actor', 'mentor'],
    request: () => ({ payload: { done: true } }),
  },
  'POST /api/matches/:matchId/goals': {
    allow: ['actor'],
    shared: true,
    request: () => ({ payload: { title: 'Uusi tavoite' } }),
  },
  'GET /api/matches/:matchId/goals': { allow: PAIR_AND_MANAGERS },
  'PATCH /api/goals/:goalId': { allow: ['actor'], request: () => ({ payload: { title: 'Tarkennettu' } }) },
  // Both sides of the pair rate progress; each rating records who gave it.
  'POST /api/goals/:goalId/checkins': {
    allow: ['actor', 'mentor'],
    ok: 200,
    request: () => ({ payload: { rating: 3 } }),
  },
  // The actor's part is a reflection (the pair stays active); the mentor's or a manager's closes it.
  'POST /api/matches/:matchId/close': {
    allow: ['actor', 'mentor', 'coordinator', 'admin'],
    ok: 200,
    request: () => ({ payload: { outcome: 'completed' } }),
  },
  'GET /api/matches/:matchId/closure': { allow: PAIR_AND_MANAGERS },
  'GET /api/programs/:programId/health': { allow: MANAGERS },

  // Events, attendance and supervision groups.
  'GET /api/events': { allow: MEMBERS, request: (ids) => ({ query: `programId=${ids.programId}` }) },
  'POST /api/events': {
    allow: MANAGERS,
    shared: true,
    request: (ids) => ({ payload: event(ids.programId as string) }),
  },
  'GET /api/events/:eventId': { allow: MEMBERS },
  'PATCH /api/events/:eventId': { allow: MANAGERS, request: () => ({ payload: { title: 'Muutettu' } }) },
  'DELETE /api/events/:eventId': { allow: MANAGERS },
  'PUT /api/events/:eventId/registration': { allow: MEMBERS },
  // Answers with the event as it now is.
  'DELETE /api/events/:eventId/registration': { allow: MEMBERS, ok: 200 },
  'GET /api/events/:eventId/attendance': { allow: MANAGERS },
  'PUT /api/events/:eventId/attendance/users/:userId': { allow: MANAGERS, ok: 204 },
  'DELETE /api/events/:eventId/attendance/users/:userId': { allow: MANAGERS },
  'POST /api/events/:eventId/attendance/external': {
    allow: MANAGERS,
    shared: true,
    request: () => ({ payload: { name: 'Vieras' } }),
  },
  'DELETE /api/events/:eventId/attendance/external/:personId': { allow: MANAGERS },
  'POST /api/events/:eventId/attendance/import': {
    allow: MANAGERS,
    ok: 200,
    request: () => ({ payload: { csv: 'nimi,sähköposti,opiskelija\nLista Vieras,,ei\n' } }),
  },
  // Members see the groups they are in (an empty list otherwise); coordinators see all.
  'GET /api/programs/:programId/supervision-groups': { allow: MEMBERS },
  'POST /api/programs/:programId/supervision-groups': {
    allow: MANAGERS,
    shared: true,
    request: () => ({ payload: { name: 'Ryhmä' } }),
  },
  'PUT /api/supervision-groups/:groupId': {
    allow: MANAGERS,
    request: () => ({ payload: { name: 'Ryhmä 2' } }),
  },
  'DELETE /api/supervision-groups/:groupId': { allow: MANAGERS },

  // Surveys. Results are read once a survey has closed: until then the allowed get 409.
  'GET /api/programs/:programId/surveys': { allow: MEMBERS },
  'POST /api/programs/:programId/surveys': {
    allow: MANAGERS,
    shared: true,
    request: () => ({ payload: { template: 'pulse', opensAt: inDays(1), closesAt: inDays(8) } }),
  },
  'GET /api/programs/:programId/surveys/compare': {
    allow: MANAGERS,
    ok: 409,
    request: (ids) => ({ query: `from=${ids.surveyId}&to=${ids.surveyId}` }),
  },
  'GET /api/surveys/:surveyId': { allow: MEMBERS },
  'PATCH /api/surveys/:surveyId': {
    params: { surveyId: 'draftSurveyId' },
    allow: MANAGERS,
    request: () => ({ payload: { title: { fi: 'Uusi', en: 'New' } } }),
  },
  'DELETE /api/surveys/:surveyId': { params: { surveyId: 'draftSurveyId' }, allow: MANAGERS },
  'POST /api/surveys/:surveyId/send': {
    params: { surveyId: 'draftSurveyId' },
    allow: MANAGERS,
    ok: 200,
    request: () => ({ payload: { roles: ['actor'] } }),
  },
  'GET /api/surveys/:surveyId/my-response': { allow: ['actor', 'mentor'] },
  'PUT /api/surveys/:surveyId/my-response': {
    allow: ['actor', 'mentor'],
    request: (ids) => ({ payload: { answers: JSON.parse(ids.surveyAnswers as string) } }),
  },
  'GET /api/surveys/:surveyId/results': { allow: MANAGERS, ok: 409 },
  'GET /api/surveys/:surveyId/results.csv': { allow: MANAGERS, ok: 409 },

  // Reports, privacy and administration.
  'GET /api/reports/indicators': {
    allow: MANAGERS,
    request: (ids) => ({ query: `from=2026-01-01&to=2026-12-31&programId=${ids.programId}` }),
  },
  'GET /api/reports/indicators.csv': {
    allow: MANAGERS,
    request: (ids) => ({ query: `from=2026-01-01&to=2026-12-31&programId=${ids.programId}` }),
  },
  'GET /api/admin/users': { allow: ['admin'], request: () => ({ query: 'q=Actor' }) },
  'POST /api/admin/users/:userId/erase': { allow: ['admin'], ok: 200 },
  'GET /api/admin/audit': { allow: ['admin'] },
};

/** What `caller` should get from `method` on a route under `rule`. */
export function expectedStatus(rule: RouteRule, method: string, caller: Caller): Expected {
  const ok = rule.ok ?? SUCCESS[method] ?? 200;
  if (rule.allow === 'public') return ok;
  const exception = rule.except?.[caller];
  if (exception !== undefined) return exception;
  if (caller === 'anonymous') return 401;
  return rule.allow.includes(caller) ? ok : (rule.denied ?? 403);
}
