import type { CreateEventBody, Event, UpdateEventBody } from '@mentoring/contracts';
import { type Db, queryRows } from '@mentoring/db';
import { eventRegistrations, events, participants, supervisionGroups } from '@mentoring/db/schema';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { type EventRow, loadEvent, requireEventManager, requireEventReader } from './event-access.ts';

interface Counted {
  id: string;
  registered: number;
  attended: number;
  mine: boolean;
}

function toEvent(row: EventRow, counts: Counted | undefined): Event {
  return {
    id: row.id,
    programId: row.programId,
    type: row.type,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    location: row.location,
    capacity: row.capacity,
    supervisionGroupId: row.supervisionGroupId,
    registered: counts?.registered ?? 0,
    attended: counts?.attended ?? 0,
    myRegistration: counts?.mine ?? false,
  };
}

const invalidTimes = () =>
  new AppError(400, 'invalid_times', 'The event must end after it starts.', {
    fieldErrors: [{ path: 'endsAt', message: 'The event must end after it starts' }],
  });

export function createEventsService({ db, clock }: { db: Db; clock: Clock }) {
  async function counts(user: AuthUser, ids: string[]): Promise<Map<string, Counted>> {
    if (ids.length === 0) return new Map();
    const rows = await queryRows<Counted>(
      db,
      sql`select e.id,
            (select count(*)::int from event_registrations r where r.event_id = e.id) as registered,
            (select count(*)::int from attendance a where a.event_id = e.id) as attended,
            exists (select 1 from event_registrations r where r.event_id = e.id and r.user_id = ${user.id}) as mine
          from events e where e.id in ${ids}`,
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  async function withCounts(user: AuthUser, row: EventRow): Promise<Event> {
    return toEvent(row, (await counts(user, [row.id])).get(row.id));
  }

  /** A supervision-group meeting must name a group of the same program. */
  async function checkGroup(programId: string | null, groupId: string | null | undefined) {
    if (!groupId) return;
    const [group] = await db.select().from(supervisionGroups).where(eq(supervisionGroups.id, groupId));
    if (!group || group.programId !== programId) {
      throw new AppError(400, 'unknown_group', 'That supervision group is not in this program.', {
        fieldErrors: [{ path: 'supervisionGroupId', message: 'Unknown supervision group' }],
      });
    }
  }

  return {
    /**
     * With a program: its events (members). Without: organisation-wide events and those of every
     * program the caller belongs to (administrators: all).
     */
    async list(user: AuthUser, query: { programId?: string; from?: string; to?: string }): Promise<Event[]> {
      if (query.programId) await requireEventReader(db, user, query.programId);
      const mine = db
        .select({ programId: participants.programId })
        .from(participants)
        .where(and(eq(participants.userId, user.id), isNull(participants.removedAt)));
      const rows = await db
        .select()
        .from(events)
        .where(
          and(
            query.programId
              ? eq(events.programId, query.programId)
              : user.isAdmin
                ? undefined
                : sql`(${events.programId} is null or ${events.programId} in ${mine})`,
            query.from ? sql`${events.endsAt} >= ${query.from}::timestamptz` : undefined,
            query.to ? sql`${events.startsAt} < ${query.to}::timestamptz` : undefined,
          ),
        )
        .orderBy(events.startsAt)
        .limit(1000);
      const counted = await counts(
        user,
        rows.map((row) => row.id),
      );
      return rows.map((row) => toEvent(row, counted.get(row.id)));
    },

    async get(user: AuthUser, eventId: string): Promise<Event> {
      const event = await loadEvent(db, eventId);
      await requireEventReader(db, user, event.programId);
      return withCounts(user, event);
    },

    async create(user: AuthUser, body: CreateEventBody): Promise<Event> {
      await requireEventManager(db, user, body.programId);
      await checkGroup(body.programId, body.supervisionGroupId);
      const [row] = await db
        .insert(events)
        .values({ ...body, startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) })
        .returning();
      return withCounts(user, row as EventRow);
    },

    async update(user: AuthUser, eventId: string, body: UpdateEventBody): Promise<Event> {
      const event = await loadEvent(db, eventId);
      await requireEventManager(db, user, event.programId);
      await checkGroup(event.programId, body.supervisionGroupId);
      const startsAt = body.startsAt ? new Date(body.startsAt) : event.startsAt;
      const endsAt = body.endsAt ? new Date(body.endsAt) : event.endsAt;
      if (endsAt <= startsAt) throw invalidTimes();
      const [row] = await db
        .update(events)
        .set({ ...body, startsAt, endsAt })
        .where(eq(events.id, eventId))
        .returning();
      return withCounts(user, row as EventRow);
    },

    async remove(user: AuthUser, eventId: string): Promise<void> {
      const event = await loadEvent(db, eventId);
      await requireEventManager(db, user, event.programId);
      await db.delete(events).where(eq(events.id, eventId));
    },

    /** Signs the caller up; the event row is locked so the last seat goes to one person only. */
    async register(user: AuthUser, eventId: string): Promise<Event> {
      const event = await loadEvent(db, eventId);
      await requireEventReader(db, user, event.programId);
      await db.transaction(async (tx) => {
        const [locked] = await tx.select().from(events).where(eq(events.id, eventId)).for('update');
        if (!locked) throw new AppError(404, 'not_found', 'Event was not found.');
        if (locked.endsAt.getTime() < clock().getTime()) {
          throw new AppError(409, 'event_past', 'This event is over; sign-up has closed.');
        }
        if (locked.capacity !== null) {
          const [taken] = await queryRows<{ n: number }>(
            tx,
            sql`select count(*)::int as n from event_registrations where event_id = ${eventId} and user_id <> ${user.id}`,
          );
          if ((taken?.n ?? 0) >= locked.capacity) {
            throw new AppError(409, 'event_full', 'This event is full.');
          }
        }
        await tx.insert(eventRegistrations).values({ eventId, userId: user.id }).onConflictDoNothing();
      });
      return withCounts(user, event);
    },

    async unregister(user: AuthUser, eventId: string): Promise<Event> {
      const event = await loadEvent(db, eventId);
      await requireEventReader(db, user, event.programId);
      await db
        .delete(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, user.id)));
      return withCounts(user, event);
    },
  };
}
export type EventsService = ReturnType<typeof createEventsService>;
