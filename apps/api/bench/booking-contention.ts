/**
 * Booking under contention against PostgreSQL. First 50 connections for 10 s post bookings for a
 * handful of actors and mentors over few slots, so most requests collide (req/s, p50, p99, status
 * mix). Then a burst: 500 attempts at once over 50 free slots, which must give exactly 50 bookings
 * (p99 target 250 ms). Double bookings are counted by SQL afterwards and must be 0.
 * Beside the burst, its baseline: 500 requests at once, sent the same way, to a bare route that
 * answers at once (no database): what opening 500 connections and answering them costs alone here.
 * Needs PostgreSQL: BENCH_DATABASE_URL or TEST_DATABASE_URL (a role that may create databases).
 */
import { queryRows } from '@mentoring/db';
import { matches, participants, profiles } from '@mentoring/db/schema';
import { createTestTemplate, dropTestTemplate, openTestDatabase } from '@mentoring/db/testing';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
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

const availability = {
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
};

/** `mentors` mentors, each with 3 matched actors and weekdays 08-18 for two weeks. */
async function createPairs(program: { id: string }, mentors: number) {
  const made: { token: string; mentorId: string }[] = [];
  for (let m = 0; m < mentors; m++) {
    const mentor = await createUser(db);
    await addParticipant(db, program.id, mentor.id, 'mentor');
    const [p] = await db.select().from(participants).where(sql`${participants.userId} = ${mentor.id}`);
    await db.insert(profiles).values({ participantId: p?.id as string, capacity: 3 });
    await app.inject({
      method: 'PUT',
      url: `/api/mentors/${mentor.id}/availability`,
      headers: { authorization: `Bearer ${app.signAccessToken(mentor)}` },
      payload: availability,
    });
    for (let a = 0; a < 3; a++) {
      const actor = await createUser(db);
      await addParticipant(db, program.id, actor.id, 'actor');
      await db
        .insert(matches)
        .values({ programId: program.id, mentorId: mentor.id, actorId: actor.id, status: 'active' });
      made.push({ token: app.signAccessToken(actor), mentorId: mentor.id });
    }
  }
  return made;
}

const program = await createProgram(db);
const tokens = await createPairs(program, 10);
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

// The burst: 500 attempts at once over 50 free slots (10 mentors x 5, on different days so
// buffers never touch), 10 attempts per slot from the mentor's actors: exactly 50 may succeed.
const burstProgram = await createProgram(db);
const burstPairs = await createPairs(burstProgram, 10);
const from = new Date(Date.now() + 86_400_000).toISOString();
const to = new Date(Date.now() + 13 * 86_400_000).toISOString();
const targets: { mentorId: string; startsAt: string }[] = [];
for (const mentorId of new Set(burstPairs.map((p) => p.mentorId))) {
  const answer = await app.inject({
    method: 'GET',
    url: `/api/mentors/${mentorId}/slots?from=${from}&to=${to}&length=60`,
    headers: { authorization: `Bearer ${burstPairs.find((p) => p.mentorId === mentorId)?.token}` },
  });
  const byDay = new Map<string, string>();
  for (const slot of answer.json().slots as { start: string }[]) {
    const day = slot.start.slice(0, 10);
    if (!byDay.has(day)) byDay.set(day, slot.start);
  }
  for (const startsAt of [...byDay.values()].slice(0, 5)) targets.push({ mentorId, startsAt });
}
const attempts = Array.from({ length: 500 }, (_, n) => {
  const target = targets[n % targets.length] as (typeof targets)[number];
  const actors = burstPairs.filter((p) => p.mentorId === target.mentorId);
  return { target, token: (actors[n % actors.length] as (typeof actors)[number]).token };
});
/** All `requests` sent at once, each on its own connection; their statuses and times. */
async function fire(url: string, requests: { token: string; body: string }[]) {
  const started = performance.now();
  const outcomes = await Promise.all(
    requests.map(async ({ token, body }) => {
      const t0 = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - t0 };
    }),
  );
  const wall = performance.now() - started;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const pct = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { outcomes, wall, pct };
}
const requests = attempts.map(({ target, token }) => ({
  token,
  body: JSON.stringify({ ...target, length: 60, locationKind: 'remote' }),
}));
// The baseline route, in this process like the API; one unreported burst first warms the client.
const bare = Fastify({ logger: false });
bare.post('/noop', async () => ({ ok: true }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const noop = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/noop`;
await fire(noop, requests);
const floor = await fire(noop, requests);
await bare.close();
const { outcomes, wall, pct } = await fire(`${base}/api/bookings`, requests);
const created = outcomes.filter((o) => o.status === 201).length;
const other = outcomes.filter((o) => o.status !== 201 && o.status !== 409).length;
const [burst] = await queryRows<{ bookings: number; overlaps: number }>(
  db,
  sql`select (select count(*)::int from bookings b join matches m on m.id = b.match_id
                where m.program_id = ${burstProgram.id} and b.status = 'confirmed') as bookings,
             (select count(*)::int from bookings a join bookings b on a.mentor_id = b.mentor_id and a.id < b.id
                and a.status = 'confirmed' and b.status = 'confirmed'
                and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)) as overlaps`,
);
console.log('\n| booking burst (PostgreSQL, 500 attempts at once over 50 slots) | value |\n|---|---:|');
console.log(`| slots offered | ${targets.length} |`);
console.log(
  `| 201 created / 409 refused / other | ${created} / ${outcomes.length - created - other} / ${other} |`,
);
console.log(`| bookings in the database | ${burst?.bookings} |`);
console.log(`| latency p50 / p99 ms | ${pct(0.5).toFixed(0)} / ${pct(0.99).toFixed(0)} |`);
console.log(`| all 500 answered in ms | ${wall.toFixed(0)} |`);
console.log(
  `| baseline: 500 at once to a bare route, p50 / p99 ms | ${floor.pct(0.5).toFixed(0)} / ${floor.pct(0.99).toFixed(0)} |`,
);
console.log(`| overlapping bookings | ${burst?.overlaps} |`);
const exact = targets.length === 50 && created === 50 && burst?.bookings === 50 && other === 0;
for (const [measure, value, target, ok] of [
  ['bookings from 500 attempts on 50 slots', `${created} (db ${burst?.bookings})`, 'exactly 50', exact],
  ['burst p99 ms', pct(0.99).toFixed(0), '< 250', pct(0.99) < 250],
  ['burst baseline: 500 at once to a bare route, p99 ms', floor.pct(0.99).toFixed(0), '', null],
  ['overlaps after both runs', String(burst?.overlaps), '0', burst?.overlaps === 0],
] as const) {
  console.log(`BENCH ${JSON.stringify({ bench: 'booking contention', measure, value, target, ok })}`);
}

await app.close();
await database.close();
await dropTestTemplate(template);
if ((check?.overlaps ?? 1) !== 0 || (burst?.overlaps ?? 1) !== 0 || !exact) process.exit(1);
