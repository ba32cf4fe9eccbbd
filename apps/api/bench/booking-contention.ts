/**
 * Booking throughput under contention against PostgreSQL: 50 connections for 10 s post bookings
 * for a handful of actors and mentors over few slots, so most requests collide. Reports req/s, p50,
 * p99, the status mix, and the number of double bookings found by SQL afterwards (must be 0).
 * Needs PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases).
 */
import { queryRows } from '@mentoring/db';
import { matches, participants, profiles } from '@mentoring/db/schema';
import { createTestTemplate, dropTestTemplate, openTestDatabase } from '@mentoring/db/testing';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.ts';
import { addParticipant, createProgram, createUser } from '../src/test/factories.ts';

const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!url) {
  console.log(
    'booking contention: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL to a PostgreSQL server)',
  );
  process.exit(0);
}
process.env.TEST_DATABASE_URL = url;

const template = await createTestTemplate();
const database = await openTestDatabase(template);
const db = database.db;
const app = await buildApp({ database, jwtSecret: 'bench-secret-bench-secret-bench-secret-0123' });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

// 10 mentors with 3 actors each; each mentor offers weekdays 08-18 for two weeks.
const program = await createProgram(db);
const tokens: { token: string; mentorId: string }[] = [];
for (let m = 0; m < 10; m++) {
  const mentor = await createUser(db);
  await addParticipant(db, program.id, mentor.id, 'mentor');
  const [p] = await db.select().from(participants).where(sql`${participants.userId} = ${mentor.id}`);
  await db.insert(profiles).values({ participantId: p?.id as string, capacity: 3 });
  await app.inject({
    method: 'PUT',
    url: `/api/mentors/${mentor.id}/availability`,
    headers: { authorization: `Bearer ${app.signAccessToken(mentor)}` },
    payload: {
      timeZone: 'Europe/Helsinki',
      weeklyRules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      overrides: [],
      lengths: [60],
      stepMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minNoticeMinutes: 60,
      horizonDays: 14,
      maxPerDay: null,
      maxPerWeek: null,
    },
  });
  for (let a = 0; a < 3; a++) {
    const actor = await createUser(db);
    await addParticipant(db, program.id, actor.id, 'actor');
    await db
      .insert(matches)
      .values({ programId: program.id, mentorId: mentor.id, actorId: actor.id, status: 'active' });
    tokens.push({ token: app.signAccessToken(actor), mentorId: mentor.id });
  }
}
// Candidate starts: whole hours 06:00-15:00 UTC on the next 10 days (some fall outside hours: 409 too).
const starts: string[] = [];
const day0 = new Date();
day0.setUTCHours(0, 0, 0, 0);
for (let d = 2; d < 12; d++)
  for (let h = 6; h < 16; h++)
    starts.push(new Date(day0.getTime() + d * 86_400_000 + h * 3_600_000).toISOString());

let i = 0;
const result = await autocannon({
  url: `${base}/api/bookings`,
  connections: 50,
  duration: 10,
  requests: [
    {
      method: 'POST',
      setupRequest: (request) => {
        const who = tokens[i % tokens.length] as (typeof tokens)[number];
        const startsAt = starts[(i * 7) % starts.length];
        i++;
        return {
          ...request,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${who.token}` },
          body: JSON.stringify({ mentorId: who.mentorId, startsAt, length: 60, locationKind: 'remote' }),
        };
      },
    },
  ],
});
const [check] = await queryRows<{ bookings: number; overlaps: number }>(
  db,
  sql`select (select count(*)::int from bookings where status = 'confirmed') as bookings,
             (select count(*)::int from bookings a join bookings b on a.mentor_id = b.mentor_id and a.id < b.id
                and a.status = 'confirmed' and b.status = 'confirmed'
                and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)) as overlaps`,
);
console.log('\n| booking contention (PostgreSQL, 50 connections, 10 s) | value |\n|---|---:|');
console.log(`| requests/s (mean) | ${result.requests.average.toFixed(0)} |`);
console.log(`| latency p50 / p99 ms | ${result.latency.p50} / ${result.latency.p99} |`);
console.log(`| 2xx / non-2xx | ${result['2xx']} / ${result.non2xx} |`);
console.log(`| errors / timeouts | ${result.errors} / ${result.timeouts} |`);
console.log(`| bookings made | ${check?.bookings} |`);
console.log(`| double bookings | ${check?.overlaps} |`);
for (const [measure, value, target, ok] of [
  ['requests/s, p99 ms', `${result.requests.average.toFixed(0)}, ${result.latency.p99}`, '', null],
  ['double bookings', String(check?.overlaps), '0', check?.overlaps === 0],
] as const) {
  console.log(`BENCH ${JSON.stringify({ bench: 'booking contention', measure, value, target, ok })}`);
}
await app.close();
await database.close();
await dropTestTemplate(template);
if ((check?.overlaps ?? 1) !== 0) process.exit(1);
