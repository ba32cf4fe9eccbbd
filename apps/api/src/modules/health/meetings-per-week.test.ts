import { sessionLogs } from '@mentoring/db/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorldPair, createAccessWorld } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';
import { createHealthService } from './health.service.ts';

const ctx = useTestApp();

// The dashboard's weekly chart bins meetings from the Monday of the program's first week. The
// access world's program starts on Thursday 2026-01-01, so its first week starts on 2025-12-29.
describe('pair health: meetings per week', () => {
  let world: Awaited<ReturnType<typeof createAccessWorld>>;

  beforeAll(async () => {
    const db = ctx.database.db;
    world = await createAccessWorld(db);
    const pair = await addWorldPair(db, world);
    const heldAt = [
      '2026-01-01T09:00:00Z',
      '2026-01-04T23:59:00Z',
      '2026-01-05T00:00:00Z',
      '2026-01-18T12:00:00Z',
    ];
    await db.insert(sessionLogs).values(
      heldAt.map((at) => ({
        programId: world.program.id,
        matchId: pair?.id as string,
        authorId: world.users.mentor.id,
        heldAt: new Date(at),
        durationMinutes: 60,
        format: 'remote' as const,
      })),
    );
  });

  it('counts each meeting in the Monday-to-Sunday week it was held, weeks without meetings left out', async () => {
    const health = createHealthService({
      db: ctx.database.db,
      clock: () => new Date('2026-02-01T12:00:00Z'),
    });
    const { meetingsPerWeek, pairs } = await health.program(
      { id: world.users.coordinator.id, isAdmin: false },
      world.program.id,
    );
    expect(meetingsPerWeek).toEqual([
      { weekStart: '2025-12-29', meetings: 2 },
      { weekStart: '2026-01-05', meetings: 1 },
      { weekStart: '2026-01-12', meetings: 1 },
    ]);
    // Instants travel as epoch milliseconds; they must come out exact.
    expect(pairs[0]).toMatchObject({
      lastMeetingAt: '2026-01-18T12:00:00.000Z',
      nextMeetingAt: null,
      sessionsHeld: 4,
    });
  });
});
