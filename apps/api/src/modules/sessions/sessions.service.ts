import type { ActionItem, CreateSessionBody, SessionLog, UpdateSessionBody } from '@mentoring/contracts';
import { constraintName, type Db } from '@mentoring/db';
import { actionItems, bookings, sessionLogs } from '@mentoring/db/schema';
import { asc, desc, eq, inArray } from 'drizzle-orm';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.ts';
import { type PairRole, requirePair } from './pair-access.ts';

type SessionRow = typeof sessionLogs.$inferSelect;
type ItemRow = typeof actionItems.$inferSelect;

const archivedError = () =>
  new AppError(409, 'program_archived', 'This program is archived and can no longer be changed.');

export function toActionItem(row: ItemRow, today: string): ActionItem {
  return {
    id: row.id,
    sessionId: row.sessionId,
    text: row.text,
    owner: row.owner,
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    overdue: row.doneAt === null && row.dueOn !== null && row.dueOn < today,
  };
}

/**
 * What each viewer sees of a session, in one place: the pair sees the shared summary, action items
 * and reflection; the private note goes to its author only; coordinators see that a session
 * happened (when, how long, topics) and none of its texts.
 */
export function visibleSession(
  row: SessionRow,
  items: ActionItem[],
  viewer: { id: string; as: PairRole },
): SessionLog {
  const pair = viewer.as !== 'coordinator';
  return {
    id: row.id,
    matchId: row.matchId,
    bookingId: row.bookingId,
    heldAt: row.heldAt.toISOString(),
    durationMinutes: row.durationMinutes,
    format: row.format,
    topics: row.topics,
    sharedSummary: pair ? row.sharedSummary : null,
    privateNote: row.authorId === viewer.id ? row.privateNote : null,
    reflection: pair ? row.reflection : null,
    actionItems: pair ? items : null,
  };
}

export function createSessionsService({ db, clock }: { db: Db; clock: Clock }) {
  const today = () => clock().toISOString().slice(0, 10);

  async function itemsOf(sessionIds: string[]): Promise<Map<string, ActionItem[]>> {
    const result = new Map<string, ActionItem[]>();
    if (sessionIds.length === 0) return result;
    const rows = await db
      .select()
      .from(actionItems)
      .where(inArray(actionItems.sessionId, sessionIds))
      .orderBy(asc(actionItems.createdAt));
    for (const row of rows)
      result.set(row.sessionId, [...(result.get(row.sessionId) ?? []), toActionItem(row, today())]);
    return result;
  }

  async function loadSession(user: AuthUser, sessionId: string) {
    const [row] = await db.select().from(sessionLogs).where(eq(sessionLogs.id, sessionId));
    if (!row) throw notFound('Session');
    const access = await requirePair(db, user, row.matchId);
    return { row, ...access };
  }

  async function view(row: SessionRow, viewer: { id: string; as: PairRole }) {
    return visibleSession(row, (await itemsOf([row.id])).get(row.id) ?? [], viewer);
  }

  return {
    /** The mentor logs a held meeting, from its booking (prefilled) or on its own. */
    async create(user: AuthUser, matchId: string, body: CreateSessionBody): Promise<SessionLog> {
      const { match, as, archived } = await requirePair(db, user, matchId);
      if (as !== 'mentor') throw forbidden('Only the mentor of the pair logs sessions.');
      if (archived) throw archivedError();
      let heldAt = body.heldAt ? new Date(body.heldAt) : undefined;
      let durationMinutes = body.durationMinutes;
      let format = body.format;
      if (body.bookingId) {
        const [booking] = await db.select().from(bookings).where(eq(bookings.id, body.bookingId));
        if (!booking || booking.matchId !== matchId)
          throw new AppError(400, 'unknown_reference', 'That meeting is not one of this pair.');
        if (booking.status !== 'confirmed')
          throw new AppError(409, 'booking_cancelled', 'A cancelled meeting cannot be logged.');
        heldAt ??= booking.startsAt;
        durationMinutes ??= Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
        format ??= booking.locationKind;
      }
      if (!heldAt || !durationMinutes || !format) {
        throw new AppError(
          400,
          'validation_failed',
          'Say when the session was held, how long it took and how you met.',
          {
            fieldErrors: [
              ...(!heldAt ? [{ path: 'body.heldAt', message: 'Required' }] : []),
              ...(!durationMinutes ? [{ path: 'body.durationMinutes', message: 'Required' }] : []),
              ...(!format ? [{ path: 'body.format', message: 'Required' }] : []),
            ],
          },
        );
      }
      if (heldAt.getTime() > clock().getTime() + 60 * 60_000) {
        throw new AppError(400, 'session_in_future', 'A session can be logged once it has been held.');
      }
      const now = clock();
      try {
        const row = await db.transaction(async (tx) => {
          const [created] = await tx
            .insert(sessionLogs)
            .values({
              programId: match.programId,
              matchId,
              bookingId: body.bookingId ?? null,
              authorId: user.id,
              heldAt,
              durationMinutes,
              format,
              topics: body.topics,
              sharedSummary: body.sharedSummary,
              privateNote: body.privateNote,
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          if (!created) throw new Error('session insert failed');
          await recordAudit(tx, {
            actorId: user.id,
            action: 'session.create',
            subjectId: match.actorId,
            objectType: 'session_log',
            objectId: created.id,
            programId: match.programId,
            at: now,
          });
          if (body.actionItems.length > 0) {
            await tx.insert(actionItems).values(
              body.actionItems.map((item) => ({
                sessionId: created.id,
                matchId,
                text: item.text,
                owner: item.owner,
                dueOn: item.dueOn ?? null,
                createdAt: now,
              })),
            );
          }
          return created;
        });
        return view(row, { id: user.id, as });
      } catch (error) {
        if (constraintName(error) === 'session_logs_booking_id_unique') {
          throw new AppError(409, 'already_logged', 'This meeting has already been logged.');
        }
        throw error;
      }
    },

    async list(user: AuthUser, matchId: string): Promise<SessionLog[]> {
      const { as, match } = await requirePair(db, user, matchId);
      // A pair reads its own sessions; anyone else's reading is recorded.
      if (as === 'coordinator')
        await recordAudit(db, {
          actorId: user.id,
          action: 'session.read',
          subjectId: match.actorId,
          objectType: 'match',
          objectId: matchId,
          programId: match.programId,
          at: clock(),
        });
      const rows = await db
        .select()
        .from(sessionLogs)
        .where(eq(sessionLogs.matchId, matchId))
        .orderBy(desc(sessionLogs.heldAt));
      const items = await itemsOf(rows.map((r) => r.id));
      return rows.map((row) => visibleSession(row, items.get(row.id) ?? [], { id: user.id, as }));
    },

    /** Only the author edits a session log. */
    async update(user: AuthUser, sessionId: string, body: UpdateSessionBody): Promise<SessionLog> {
      const { row, as, archived, match } = await loadSession(user, sessionId);
      if (row.authorId !== user.id) throw forbidden('Only the author edits a session log.');
      const { heldAt, ...fields } = body;
      if (archived) throw archivedError();
      const [updated] = await db
        .update(sessionLogs)
        .set({ ...fields, ...(heldAt ? { heldAt: new Date(heldAt) } : {}), updatedAt: clock() })
        .where(eq(sessionLogs.id, sessionId))
        .returning();
      await recordAudit(db, {
        actorId: user.id,
        action: 'session.update',
        subjectId: match.actorId,
        objectType: 'session_log',
        objectId: sessionId,
        programId: row.programId,
        at: clock(),
      });
      return view(updated ?? row, { id: user.id, as });
    },

    /** The actor's short reflection on a session. */
    async reflect(user: AuthUser, sessionId: string, reflection: string): Promise<SessionLog> {
      const { row, as, archived } = await loadSession(user, sessionId);
      if (as !== 'actor') throw forbidden('Only the actor of the pair writes the reflection.');
      if (archived) throw archivedError();
      const [updated] = await db
        .update(sessionLogs)
        .set({ reflection, reflectedAt: clock() })
        .where(eq(sessionLogs.id, sessionId))
        .returning();
      return view(updated ?? row, { id: user.id, as });
    },

    /** The pair ticks action items; the actor their own, the mentor any, and only the mentor rewrites them. */
    async updateItem(
      user: AuthUser,
      itemId: string,
      body: { done?: boolean; text?: string; dueOn?: string | null },
    ): Promise<ActionItem> {
      const [item] = await db.select().from(actionItems).where(eq(actionItems.id, itemId));
      if (!item) throw notFound('Action item');
      const { as, archived } = await requirePair(db, user, item.matchId);
      if (as === 'coordinator') throw forbidden();
      if (archived) throw archivedError();
      if (as === 'actor' && (item.owner !== 'actor' || body.text !== undefined || body.dueOn !== undefined)) {
        throw forbidden('Actors tick their own action items.');
      }
      const [updated] = await db
        .update(actionItems)
        .set({
          ...(body.done !== undefined ? { doneAt: body.done ? clock() : null } : {}),
          ...(body.text !== undefined ? { text: body.text } : {}),
          ...(body.dueOn !== undefined ? { dueOn: body.dueOn } : {}),
        })
        .where(eq(actionItems.id, itemId))
        .returning();
      return toActionItem(updated ?? item, today());
    },
  };
}
export type SessionsService = ReturnType<typeof createSessionsService>;
