import { DEMO_LOGINS, DEMO_PASSWORD } from '@mentoring/db';
import {
  availability,
  bookings,
  conflictsOfInterest,
  matches,
  participants,
  profiles,
  programPhases,
  programs,
  users,
  wishes,
} from '@mentoring/db/schema';
import { count, eq, ne, sum } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDemoWorld } from './database.ts';
import { useTestApp } from './test/harness.ts';

const ctx = useTestApp();

describe('demo world', () => {
  it('seeds three cohorts once, with the demo logins working', async () => {
    expect(await seedDemoWorld(ctx.database)).toBe(true);
    expect(await seedDemoWorld(ctx.database)).toBe(false);

    const rows = await ctx.database.db
      .select({ name: programs.name, archived: programs.archivedAt, role: participants.role, n: count() })
      .from(participants)
      .innerJoin(programs, eq(programs.id, participants.programId))
      .groupBy(programs.name, programs.archivedAt, participants.role);
    const byProgram = new Map<string, Record<string, number>>();
    for (const r of rows) byProgram.set(r.name, { ...byProgram.get(r.name), [r.role]: r.n });
    expect([...byProgram.values()]).toEqual([
      { coordinator: 1, mentor: 8, actor: 30 },
      { coordinator: 1, mentor: 8, actor: 30 },
      { coordinator: 1, mentor: 8, actor: 30 },
    ]);
    expect(byProgram.get('Valmentava mentorointi 2022–2023')).toBeDefined();
    const [{ n } = { n: 0 }] = await ctx.database.db.select({ n: count() }).from(users);
    expect(n).toBe(1 + 8 + 30 + 30 + 8 + 30);

    // Every participant has a profile; each cohort's mentors can take all 30 actors.
    const capacities = await ctx.database.db
      .select({
        programId: participants.programId,
        capacity: sum(profiles.capacity),
        profiled: count(profiles.participantId),
      })
      .from(participants)
      .leftJoin(profiles, eq(profiles.participantId, participants.id))
      .where(ne(participants.role, 'coordinator'))
      .groupBy(participants.programId);
    for (const row of capacities) {
      expect(Number(row.capacity)).toBeGreaterThanOrEqual(30);
      expect(row.profiled).toBe(38);
    }
    expect((await ctx.database.db.select().from(conflictsOfInterest)).length).toBe(9);
    expect((await ctx.database.db.select().from(programPhases)).length).toBe(12);

    // Pairs: the running cohort's are active, the past cohort's completed with two ended early;
    // the upcoming cohort has wishes but no pairs yet.
    const pairRows = await ctx.database.db
      .select({ name: programs.name, status: matches.status, n: count() })
      .from(matches)
      .innerJoin(programs, eq(programs.id, matches.programId))
      .groupBy(programs.name, matches.status);
    const statuses = Object.fromEntries(
      pairRows.map((r) => [`${r.name.endsWith('2022–2023') ? 'past' : 'running'}:${r.status}`, r.n]),
    );
    expect(statuses).toEqual({
      'running:active': 28,
      'running:completed': 1,
      'running:ended': 1,
      'past:completed': 28,
      'past:ended': 2,
    });
    expect((await ctx.database.db.select().from(wishes)).length).toBeGreaterThan(60);

    // Scheduling: every running mentor has availability; pairs have past and coming meetings,
    // and actor1 can book with their mentor straight away.
    expect((await ctx.database.db.select().from(availability)).length).toBe(8);
    const meetings = await ctx.database.db.select().from(bookings);
    expect(meetings.some((b) => b.startsAt < new Date())).toBe(true);
    expect(meetings.some((b) => b.startsAt > new Date())).toBe(true);
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO_LOGINS.actor, password: DEMO_PASSWORD },
    });
    const { accessToken, user } = login.json();
    const [pair] = await ctx.database.db.select().from(matches).where(eq(matches.actorId, user.id));
    const from = new Date();
    const to = new Date(from.getTime() + 21 * 86_400_000);
    const free = await ctx.app.inject({
      method: 'GET',
      url: `/api/mentors/${pair?.mentorId}/slots?from=${from.toISOString()}&to=${to.toISOString()}&length=60`,
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(free.json().slots.length).toBeGreaterThan(0);

    // Progress: the running cohort's pair-health view shows every state.
    const coordinator = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: DEMO_LOGINS.coordinator, password: DEMO_PASSWORD },
    });
    const [running] = await ctx.database.db
      .select()
      .from(programs)
      .where(eq(programs.id, pair?.programId as string));
    const health = await ctx.app.inject({
      method: 'GET',
      url: `/api/programs/${running?.id}/health`,
      headers: { authorization: `Bearer ${coordinator.json().accessToken}` },
    });
    const counts = health.json().counts;
    expect(counts.on_track, JSON.stringify(counts)).toBeGreaterThan(0);
    expect(counts.needs_check_in, JSON.stringify(counts)).toBeGreaterThan(0);
    expect(counts.at_risk, JSON.stringify(counts)).toBeGreaterThan(0);
    expect(counts.closed).toBe(2);

    for (const email of Object.values(DEMO_LOGINS)) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, email).toBe(200);
    }
  });
});
