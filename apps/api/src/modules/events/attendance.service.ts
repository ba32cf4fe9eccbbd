import type { AttendanceImportResult, AttendanceList, ExternalAttendeeBody } from '@mentoring/contracts';
import { type Db, queryRows, type Tx } from '@mentoring/db';
import { attendance, externalPeople } from '@mentoring/db/schema';
import { and, eq, sql } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { type EventRow, loadEvent, requireEventManager } from './event-access.ts';
import { parseAttendanceCsv } from './parse-attendance-csv.ts';

/** The external person with this email, or a new one; without an email, always a new one. */
async function externalPerson(tx: Tx, person: ExternalAttendeeBody): Promise<string> {
  if (person.email) {
    const [found] = await tx
      .select({ id: externalPeople.id })
      .from(externalPeople)
      .where(sql`lower(${externalPeople.email}) = ${person.email}`);
    if (found) {
      // Once known as a student, the flag may only be switched on by a later record.
      if (person.isStudent)
        await tx.update(externalPeople).set({ isStudent: true }).where(eq(externalPeople.id, found.id));
      return found.id;
    }
  }
  const [created] = await tx.insert(externalPeople).values(person).returning({ id: externalPeople.id });
  return created?.id as string;
}

/** Coordinators mark who came: a check-list of the program's members and any external guests. */
export function createAttendanceService({ db }: { db: Db }) {
  async function managed(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await loadEvent(db, eventId);
    await requireEventManager(db, user, event.programId);
    return event;
  }

  /** Members of the event's program (all active users for an organisation event are too many to list). */
  async function members(event: EventRow) {
    if (!event.programId) return [];
    return queryRows<{ userId: string; name: string }>(
      db,
      sql`select distinct u.id as "userId", u.name from participants p join users u on u.id = p.user_id
          where p.program_id = ${event.programId} and p.removed_at is null and u.is_active order by u.name`,
    );
  }

  return {
    async list(user: AuthUser, eventId: string): Promise<AttendanceList> {
      const event = await managed(user, eventId);
      const entries = await queryRows<AttendanceList['entries'][number]>(
        db,
        sql`select 'user' as kind, u.id as "personId", u.name, u.email, false as "isStudent",
                   (r.user_id is not null) as registered, (a.id is not null) as attended
            from users u
            left join event_registrations r on r.event_id = ${eventId} and r.user_id = u.id
            left join attendance a on a.event_id = ${eventId} and a.user_id = u.id
            where r.user_id is not null or a.id is not null
          union all
            select 'external', x.id, x.name, x.email, x.is_student, false, true
            from attendance a join external_people x on x.id = a.external_person_id
            where a.event_id = ${eventId}
          order by 3`,
      );
      return { eventId, entries, members: await members(event) };
    },

    async markUser(user: AuthUser, eventId: string, userId: string, present: boolean): Promise<void> {
      const event = await managed(user, eventId);
      if (!present) {
        await db
          .delete(attendance)
          .where(and(eq(attendance.eventId, eventId), eq(attendance.userId, userId)));
        return;
      }
      // Someone who registered, or a member of the program; organisation events take any user.
      const [known] = await queryRows<{ ok: boolean }>(
        db,
        sql`select exists (select 1 from event_registrations where event_id = ${eventId} and user_id = ${userId})
              or exists (select 1 from participants where user_id = ${userId} and removed_at is null
                           and (${event.programId}::uuid is null or program_id = ${event.programId}))
              as ok`,
      );
      if (!known?.ok) throw new AppError(404, 'not_found', 'That person is not a member of this program.');
      await db.insert(attendance).values({ eventId, userId, markedBy: user.id }).onConflictDoNothing();
    },

    async addExternal(user: AuthUser, eventId: string, body: ExternalAttendeeBody): Promise<string> {
      await managed(user, eventId);
      return db.transaction(async (tx) => {
        const personId = await externalPerson(tx, body);
        await tx
          .insert(attendance)
          .values({ eventId, externalPersonId: personId, markedBy: user.id })
          .onConflictDoNothing();
        return personId;
      });
    },

    async removeExternal(user: AuthUser, eventId: string, personId: string): Promise<void> {
      await managed(user, eventId);
      await db
        .delete(attendance)
        .where(and(eq(attendance.eventId, eventId), eq(attendance.externalPersonId, personId)));
    },

    /**
     * A sign-in sheet as CSV: rows whose email belongs to a user mark that user; the rest become
     * (or find, by email) external people. All or nothing: a sheet with a bad row changes nothing.
     */
    async importCsv(user: AuthUser, eventId: string, csv: string): Promise<AttendanceImportResult> {
      await managed(user, eventId);
      let rows: ReturnType<typeof parseAttendanceCsv>;
      try {
        rows = parseAttendanceCsv(csv);
      } catch {
        throw new AppError(400, 'invalid_csv', 'The file is not readable CSV (check quotes and separators).');
      }
      const errors = rows.flatMap((row) => (row.problem ? [{ line: row.line, message: row.problem }] : []));
      if (errors.length > 0) {
        throw new AppError(400, 'invalid_csv', 'Some rows could not be read; nothing was imported.', {
          fieldErrors: errors.map((e) => ({ path: `csv.line${e.line}`, message: e.message })),
        });
      }
      return db.transaction(async (tx) => {
        const result = { added: 0, alreadyMarked: 0, matchedUsers: 0, externalPeople: 0, errors: [] };
        for (const row of rows) {
          const [known] = row.email
            ? await queryRows<{ id: string }>(tx, sql`select id from users where lower(email) = ${row.email}`)
            : [];
          const values = known
            ? { eventId, userId: known.id, markedBy: user.id }
            : { eventId, externalPersonId: await externalPerson(tx, row), markedBy: user.id };
          if (known) result.matchedUsers++;
          else result.externalPeople++;
          const inserted = await tx.insert(attendance).values(values).onConflictDoNothing().returning();
          if (inserted.length > 0) result.added++;
          else result.alreadyMarked++;
        }
        return result;
      });
    },
  };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
