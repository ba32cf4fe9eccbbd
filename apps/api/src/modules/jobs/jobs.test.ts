import { bookings, outbox } from '@mentoring/db/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { type AccessWorld, addWorldPair, createAccessWorld } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { createHealthService } from '../health/health.service.ts';
import { createJobsService } from './jobs.service.ts';

const ctx = useTestApp();
const DAY = 86_400_000;

describe('scheduled jobs', () => {
  let world: AccessWorld;
  let matchId: string;
  const jobs = () =>
    createJobsService({
      db: ctx.database.db,
      clock: ctx.clock,
      publicUrl: 'http://localhost:3000',
      health: createHealthService({ db: ctx.database.db, clock: ctx.clock }),
    });

  beforeAll(async () => {
    world = await createAccessWorld(ctx.database.db);
    const pair = await addWorldPair(ctx.database.db, world, {
      publishedAt: new Date(ctx.clock().getTime() - 50 * DAY),
    });
    matchId = pair?.id as string;
    const startsAt = new Date(ctx.clock().getTime() - 3 * DAY);
    await ctx.database.db.insert(bookings).values({
      programId: world.program.id,
      matchId,
      mentorId: world.users.mentor.id,
      actorId: world.users.actor.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      blockedFrom: startsAt,
      blockedUntil: new Date(startsAt.getTime() + 3_600_000),
      locationKind: 'remote',
      icalUid: `jobs-${Date.now()}@mentoring`,
    });
  });

  it('reminds the mentor once about a meeting still unlogged two days later, even with two runners', async () => {
    const [a, b] = await Promise.all([jobs().nudgeUnloggedSessions(), jobs().nudgeUnloggedSessions()]);
    expect(a + b).toBe(1);
    expect(await jobs().nudgeUnloggedSessions()).toBe(0);
    const nudges = (await ctx.database.db.select().from(outbox)).filter((m) =>
      m.payload.subject.startsWith('Kirjaa'),
    );
    expect(nudges.map((m) => m.payload.to)).toEqual([world.users.mentor.email]);
  });

  it('sends the weekly digest once a week, listing pairs whose state changed', async () => {
    expect(await jobs().weeklyDigests()).toBeGreaterThan(0); // first digest: every pair is new
    expect(await jobs().weeklyDigests()).toBe(0); // same week: nothing
    ctx.clock.advance(7 * DAY);
    expect(await jobs().weeklyDigests()).toBe(0); // next week, nothing changed: no email
    const digests = (await ctx.database.db.select().from(outbox)).filter((m) =>
      m.payload.subject.startsWith('Viikkokooste'),
    );
    expect(digests[0]?.payload.text).toContain('uusi / new → tarvitsee yhteydenoton / needs a check-in');
    expect(digests.every((d) => d.payload.to === world.users.coordinator.email)).toBe(true);
  });
});
