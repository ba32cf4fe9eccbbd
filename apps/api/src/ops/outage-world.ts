import { openPostgres } from '@mentoring/db';
import { matches, participants, profiles } from '@mentoring/db/schema';
import { and, eq } from 'drizzle-orm';
import { addParticipant, createProgram, createUser, TEST_PASSWORD } from '../test/factories.ts';

/**
 * A pair ready to book and log, written straight into a server's database (as a coordinator's
 * setup would leave it), then signed in over HTTP like any client. Used by tests that drive the
 * real server process.
 */
export async function seedPair(databaseUrl: string, baseUrl: string) {
  const database = openPostgres({ url: databaseUrl, maxConnections: 2 });
  try {
    const { db } = database;
    const program = await createProgram(db, { startsOn: '2026-01-01', endsOn: '2099-12-31' });
    const mentor = await createUser(db, { name: 'Mentor' });
    const actor = await createUser(db, { name: 'Actor' });
    await addParticipant(db, program.id, mentor.id, 'mentor');
    await addParticipant(db, program.id, actor.id, 'actor');
    const [row] = await db
      .select()
      .from(participants)
      .where(and(eq(participants.userId, mentor.id), eq(participants.programId, program.id)));
    await db.insert(profiles).values({ participantId: row?.id as string, capacity: 3 });
    const [match] = await db
      .insert(matches)
      .values({ programId: program.id, mentorId: mentor.id, actorId: actor.id, status: 'active' })
      .returning();
    const mentorToken = await signIn(baseUrl, mentor.email);
    const actorToken = await signIn(baseUrl, actor.email);
    // Open every hour of every day, no notice: the test books whatever the clock says is next.
    const put = await api(baseUrl, mentorToken, 'PUT', `/api/mentors/${mentor.id}/availability`, {
      timeZone: 'UTC',
      weeklyRules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:45' })),
      overrides: [],
      lengths: [15],
      stepMinutes: 15,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 60,
      maxPerDay: null,
      maxPerWeek: null,
    });
    if (put.status !== 200) throw new Error(`availability: ${put.status} ${await put.text()}`);
    const from = new Date(Date.now() + 3_600_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const free = await api(
      baseUrl,
      actorToken,
      'GET',
      `/api/mentors/${mentor.id}/slots?from=${from}&to=${to}&length=15`,
    );
    const slots = ((await free.json()) as { slots: { start: string }[] }).slots.map((s) => s.start);
    if (slots.length < 200) throw new Error(`too few slots: ${slots.length}`);
    return { mentor, actor, matchId: match?.id as string, mentorToken, actorToken, slots };
  } finally {
    await database.close();
  }
}

async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await api(baseUrl, undefined, 'POST', '/api/auth/login', {
    email,
    password: TEST_PASSWORD,
  });
  if (response.status !== 200) throw new Error(`login: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export function api(
  baseUrl: string,
  token: string | undefined,
  method: string,
  path: string,
  body?: unknown,
) {
  return fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
}
