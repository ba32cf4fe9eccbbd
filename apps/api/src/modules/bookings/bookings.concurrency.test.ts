import { queryRows } from '@mentoring/db';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessWorld, addWorldPair, createAccessWorld } from '../../test/factories.ts';
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

  /** The free starts of the world mentor's 60-minute slots in [from, to). */
  const freeStarts = async (from: string, to: string): Promise<string[]> => {
    const free = await injectAs(ctx.app, world.users.actor, {
      method: 'GET',
      url: `/api/mentors/${world.users.mentor.id}/slots?from=${from}&to=${to}&length=60`,
    });
    return free.json().slots.map((s: { start: string }) => s.start);
  };

  /** `attempts` bookings at once, taking `starts` in turn; the status codes, in order. */
  const bookAtOnce = async (starts: string[], attempts: number): Promise<number[]> => {
    const responses = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        injectAs(ctx.app, world.users.actor, {
          method: 'POST',
          url: '/api/bookings',
          payload: {
            mentorId: world.users.mentor.id,
            startsAt: starts[i % starts.length],
            length: 60,
            locationKind: 'remote',
          },
        }),
      ),
    );
    return responses.map((r) => r.statusCode);
  };
  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    await addWorldPair(ctx.database.db, world);
    ctx.clock.set('2027-09-05T08:00:00Z');
    await injectAs(ctx.app, world.users.mentor, {
      method: 'PUT',
      url: `/api/mentors/${world.users.mentor.id}/availability`,
      payload: AVAILABILITY,
    });
  });

  it('200 simultaneous requests spread over 20 slots make exactly 20 bookings, none overlapping', async () => {
    const slots = (await freeStarts('2027-09-06T00:00:00Z', '2027-09-09T00:00:00Z')).slice(0, 20);
    expect(slots).toHaveLength(20);
    const codes = await bookAtOnce(slots, 200);
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
    const slots = await freeStarts('2027-09-15T00:00:00Z', '2027-09-16T00:00:00Z');
    expect(slots).toHaveLength(10);
    const codes = await bookAtOnce(slots, 30);
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
