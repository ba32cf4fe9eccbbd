import type { MyDataExport } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import {
  actionItems,
  attendance,
  auditLog,
  availability,
  bookings,
  calendarFeeds,
  checkIns,
  conflictsOfInterest,
  eventRegistrations,
  events,
  goals,
  invitations,
  matchClosures,
  matches,
  outbox,
  participants,
  passwordResets,
  profiles,
  refreshTokens,
  sessionLogs,
  supervisionGroupMembers,
  supervisionGroups,
  surveyAnswers,
  surveyRecipients,
  surveyResponses,
  surveys,
  users,
  wishes,
} from '@mentoring/db/schema';
import { and, eq, getTableName, inArray, ne, or, sql, type Table } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.ts';
import { recordAudit } from '../audit/audit.ts';

type Row = Record<string, unknown>;

/** Secrets and hashes never leave the database, not even to their owner. */
function omit<T extends Row>(rows: T[], ...keys: string[]): Row[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !keys.includes(key))));
}

/** Dates as ISO strings, so the export is plain JSON whatever the driver returns. */
function plain(rows: Row[]): Row[] {
  return JSON.parse(JSON.stringify(rows)) as Row[];
}

// `in ()` is not SQL: an empty list becomes the nil uuid, which matches nothing.
const NIL = '00000000-0000-0000-0000-000000000000';
const ids = (rows: { id: string }[]) => (rows.length > 0 ? rows.map((row) => row.id) : [NIL]);
const none = sql`false`;

/**
 * Everything stored about one person, table by table (keyed by table name, so a test can compare
 * the keys with the schema). Pair records are shown as the pair sees them: another person's
 * private note never appears; survey answers are only the person's own.
 */
export async function exportMyData(db: Db, clock: Clock, userId: string): Promise<MyDataExport> {
  const tables: Record<string, Row[]> = {};
  const put = (table: Table, rows: Row[]) => {
    tables[getTableName(table)] = plain(rows);
  };

  const [me] = await db.select().from(users).where(eq(users.id, userId));
  if (!me) throw new Error('exporting a user that does not exist');
  put(users, omit([me], 'passwordHash'));
  put(
    refreshTokens,
    omit(await db.select().from(refreshTokens).where(eq(refreshTokens.userId, userId)), 'tokenHash'),
  );
  put(
    passwordResets,
    omit(await db.select().from(passwordResets).where(eq(passwordResets.userId, userId)), 'tokenHash'),
  );
  put(
    calendarFeeds,
    omit(await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)), 'tokenHash'),
  );
  const myInvitations = await db
    .select()
    .from(invitations)
    .where(or(eq(invitations.acceptedBy, userId), sql`lower(${invitations.email}) = lower(${me.email})`));
  put(invitations, omit(myInvitations, 'tokenHash'));

  const memberships = await db.select().from(participants).where(eq(participants.userId, userId));
  put(participants, memberships);
  put(
    profiles,
    await db
      .select()
      .from(profiles)
      .where(inArray(profiles.participantId, ids(memberships))),
  );
  // A mentor's own declarations; a declaration about an actor is the mentor's, not the actor's.
  put(
    conflictsOfInterest,
    await db.select().from(conflictsOfInterest).where(eq(conflictsOfInterest.mentorId, userId)),
  );
  // The actor's own wishes; other actors' wishes for a mentor are theirs.
  put(wishes, await db.select().from(wishes).where(eq(wishes.actorId, userId)));

  // Proposed pairs are a coordinator's draft: the person sees pairs once published.
  const myMatches = await db
    .select()
    .from(matches)
    .where(
      and(or(eq(matches.mentorId, userId), eq(matches.actorId, userId)), ne(matches.status, 'proposed')),
    );
  put(matches, myMatches);
  const matchIds = ids(myMatches);
  put(availability, await db.select().from(availability).where(eq(availability.mentorId, userId)));
  put(
    bookings,
    omit(
      await db
        .select()
        .from(bookings)
        .where(or(eq(bookings.mentorId, userId), eq(bookings.actorId, userId))),
      'idempotencyKey',
    ),
  );
  const sessions = await db.select().from(sessionLogs).where(inArray(sessionLogs.matchId, matchIds));
  put(
    sessionLogs,
    sessions.map((row) => ({ ...row, privateNote: row.authorId === userId ? row.privateNote : null })),
  );
  put(actionItems, await db.select().from(actionItems).where(inArray(actionItems.matchId, matchIds)));
  const myGoals = await db.select().from(goals).where(inArray(goals.matchId, matchIds));
  put(goals, myGoals);
  put(
    checkIns,
    await db
      .select()
      .from(checkIns)
      .where(inArray(checkIns.goalId, ids(myGoals))),
  );
  put(matchClosures, await db.select().from(matchClosures).where(inArray(matchClosures.matchId, matchIds)));

  const memberOf = await db
    .select()
    .from(supervisionGroupMembers)
    .where(eq(supervisionGroupMembers.userId, userId));
  put(supervisionGroupMembers, memberOf);
  const groupIds = memberOf.length > 0 ? memberOf.map((m) => m.groupId) : [NIL];
  put(
    supervisionGroups,
    await db
      .select()
      .from(supervisionGroups)
      .where(or(eq(supervisionGroups.supervisorId, userId), inArray(supervisionGroups.id, groupIds))),
  );
  const registrations = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.userId, userId));
  put(eventRegistrations, registrations);
  const attended = await db.select().from(attendance).where(eq(attendance.userId, userId));
  put(attendance, attended);
  const eventIds = [...registrations, ...attended].map((row) => row.eventId);
  put(
    events,
    eventIds.length > 0
      ? await db
          .select({ id: events.id, title: events.title, type: events.type, startsAt: events.startsAt })
          .from(events)
          .where(inArray(events.id, eventIds))
      : [],
  );

  const asked = await db.select().from(surveyRecipients).where(eq(surveyRecipients.userId, userId));
  put(surveyRecipients, asked);
  const surveyIds = asked.map((row) => row.surveyId);
  put(
    surveys,
    await db
      .select({
        id: surveys.id,
        programId: surveys.programId,
        kind: surveys.kind,
        title: surveys.title,
        createdBy: surveys.createdBy,
      })
      .from(surveys)
      .where(or(eq(surveys.createdBy, userId), surveyIds.length > 0 ? inArray(surveys.id, surveyIds) : none)),
  );
  // Only the person's own answers: their response is found by the link kept for editing.
  const responses = await db.select().from(surveyResponses).where(eq(surveyResponses.userId, userId));
  put(surveyResponses, responses);
  put(
    surveyAnswers,
    await db
      .select()
      .from(surveyAnswers)
      .where(inArray(surveyAnswers.responseId, ids(responses))),
  );

  // Who read or changed this person's data; the log is theirs to see.
  put(auditLog, await db.select().from(auditLog).where(eq(auditLog.subjectId, userId)));
  // Emails sent to the person: subject and dates only, since bodies carry one-time links.
  put(
    outbox,
    await db
      .select({
        id: outbox.id,
        subject: sql<string>`${outbox.payload}->>'subject'`,
        createdAt: outbox.createdAt,
        sentAt: outbox.sentAt,
      })
      .from(outbox)
      .where(sql`lower(${outbox.payload}->>'to') = lower(${me.email})`),
  );

  const now = clock();
  await recordAudit(db, { actorId: userId, action: 'my_data.export', subjectId: userId, at: now });
  return { exportedAt: now.toISOString(), userId, tables };
}
