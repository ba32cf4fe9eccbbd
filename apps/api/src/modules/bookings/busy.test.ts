import type { Database } from '@mentoring/db';
import { matches, participants, profiles } from '@mentoring/db/schema';
import { openTestDatabase } from '@mentoring/db/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addParticipant, createProgram, createUser, insertBooking } from '../../test/factories.ts';
import { loadBusy } from './busy.ts';

const at = (iso: string) => new Date(iso);
const ms = (iso: string) => at(iso).getTime();

describe('busy times (one statement for both sides)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(inject('dbTemplate'));
  });
  afterAll(() => database.close());

  it("the mentor's blocked ranges count toward limits, the actor's other meetings do not", async () => {
    const db = database.db;
    const program = await createProgram(db);
    const [mentor, otherMentor, actor, otherActor] = await Promise.all([
      createUser(db),
      createUser(db),
      createUser(db),
      createUser(db),
    ]);
    for (const [user, role] of [
      [mentor, 'mentor'],
      [otherMentor, 'mentor'],
      [actor, 'actor'],
      [otherActor, 'actor'],
    ] as const)
      await addParticipant(db, program.id, user.id, role);
    const mentorRows = await db
      .select({ id: participants.id })
      .from(participants)
      .where(eq(participants.role, 'mentor'));
    await db.insert(profiles).values(mentorRows.map((p) => ({ participantId: p.id, capacity: 2 })));
    const pair = async (mentorId: string, actorId: string) => {
      const [row] = await db
        .insert(matches)
        .values({ programId: program.id, mentorId, actorId, status: 'active' })
        .returning();
      return { programId: program.id, matchId: row?.id as string, mentorId, actorId };
    };
    const mine = await pair(mentor.id, otherActor.id);
    const actorsOther = await pair(otherMentor.id, actor.id);
    // The mentor's meeting with a 15-minute buffer after it; the actor's meeting with someone else.
    const mentorMeeting = await insertBooking(db, mine, at('2026-05-04T09:00:00Z'), {
      blockedUntil: at('2026-05-04T10:15:00Z'),
    });
    await insertBooking(db, actorsOther, at('2026-05-05T12:00:00Z'));
    await insertBooking(db, mine, at('2026-05-06T09:00:00Z'), { status: 'cancelled' });
    await insertBooking(db, mine, at('2026-07-01T09:00:00Z')); // outside the range asked

    const from = at('2026-05-01T00:00:00Z');
    const to = at('2026-06-01T00:00:00Z');
    const both = await loadBusy(db, { mentorId: mentor.id, actorId: actor.id }, from, to);
    expect(both).toEqual(
      expect.arrayContaining([
        {
          start: ms('2026-05-04T09:00:00Z'),
          end: ms('2026-05-04T10:15:00Z'),
          meetingStart: ms('2026-05-04T09:00:00Z'),
        },
        { start: ms('2026-05-05T12:00:00Z'), end: ms('2026-05-05T13:00:00Z'), countsTowardLimits: false },
      ]),
    );
    expect(both).toHaveLength(2);

    // No actor: the mentor's side only. A booking being moved does not block itself.
    expect(await loadBusy(db, { mentorId: mentor.id }, from, to)).toHaveLength(1);
    expect(await loadBusy(db, { mentorId: mentor.id, exceptBookingId: mentorMeeting.id }, from, to)).toEqual(
      [],
    );
  });
});
