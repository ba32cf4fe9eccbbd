import { queryRows } from '@mentoring/db';
import { matches, participants, profiles } from '@mentoring/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessWorld, createAccessWorld } from '../../test/factories.ts';
import { injectAs, useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();

// Weekdays 08-18 Helsinki; the clock stands on Sunday 2027-09-05.
const AVAILABILITY = {
  timeZone: 'Europe/Helsinki',
  weeklyRules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
  overrides: [],
  lengths: [60],
  stepMinutes: 60,
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  minNoticeMinutes: 60,
  horizonDays: 30,
  maxPerDay: null,
  maxPerWeek: null,
};

describe('booking under contention', () => {
  let world: AccessWorld;
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    const [mentor] = await ctx.database.db
      .select()
      .from(participants)
      .where(
        and(eq(participants.userId, world.users.mentor.id), eq(participants.programId, world.program.id)),
      );
    await ctx.database.db.insert(profiles).values({ participantId: mentor?.id as string, capacity: 3 });
    await ctx.database.db.insert(matches).values({
      programId: world.program.id,
      mentorId: world.users.mentor.id,
      actorId: world.users.actor.id,
      status: 'active',
    });
    ctx.clock.set('2027-09-05T08:00:00Z');
    await injectAs(ctx.app, world.users.mentor, {
      method: 'PUT',
      url: `/api/mentors/${world.users.mentor.id}/availability`,
      payload: AVAILABILITY,
    });
  });

  it('200 simultaneous requests spread over 20 slots make exactly 20 bookings, none overlapping', async () => {
    const free = await injectAs(ctx.app, world.users.actor, {
      method: 'GET',
      url: `/api/mentors/${world.users.mentor.id}/slots?from=2027-09-06T00:00:00Z&to=2027-09-09T00:00:00Z&length=60`,
    });
    const slots = free
      .json()
      .slots.slice(0, 20)
      .map((s: { start: string }) => s.start);
    expect(slots).toHaveLength(20);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        injectAs(ctx.app, world.users.actor, {
          method: 'POST',
          url: '/api/bookings',
          payload: {
            mentorId: world.users.mentor.id,
            startsAt: slots[i % 20],
            length: 60,
            locationKind: 'remote',
          },
        }),
      ),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(20);
    expect(codes.filter((c) => c !== 201 && c !== 409)).toEqual([]);
    const [row] = await queryRows<{ n: number; overlaps: number }>(
      ctx.database.db,
      sql`select (select count(*)::int from bookings where status = 'confirmed') as n,
                 (select count(*)::int from bookings a join bookings b on a.mentor_id = b.mentor_id and a.id < b.id
                    and a.status = 'confirmed' and b.status = 'confirmed'
                    and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)) as overlaps`,
    );
    expect(row).toEqual({ n: 20, overlaps: 0 });
  });

  it("a daily limit holds under contention: 30 simultaneous requests over one day's 10 slots make 2 bookings", async () => {
    await injectAs(ctx.app, world.users.mentor, {
      method: 'PUT',
      url: `/api/mentors/${world.users.mentor.id}/availability`,
      payload: { ...AVAILABILITY, maxPerDay: 2 },
    });
    const free = await injectAs(ctx.app, world.users.actor, {
      method: 'GET',
      url: `/api/mentors/${world.users.mentor.id}/slots?from=2027-09-15T00:00:00Z&to=2027-09-16T00:00:00Z&length=60`,
    });
    const slots = free.json().slots.map((s: { start: string }) => s.start);
    expect(slots).toHaveLength(10);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        injectAs(ctx.app, world.users.actor, {
          method: 'POST',
          url: '/api/bookings',
          payload: {
            mentorId: world.users.mentor.id,
            startsAt: slots[i % 10],
            length: 60,
            locationKind: 'remote',
          },
        }),
      ),
    );
    const codes = responses.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(2);
    expect(codes.filter((c) => c !== 201 && c !== 409)).toEqual([]);
    const [row] = await queryRows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from bookings
          where status = 'confirmed' and starts_at >= '2027-09-15T00:00:00Z' and starts_at < '2027-09-16T00:00:00Z'`,
    );
    expect(row?.n).toBe(2);
  });
});
