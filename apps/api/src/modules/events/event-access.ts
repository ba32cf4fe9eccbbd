import type { Db } from '@mentoring/db';
import { events } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';

export type EventRow = typeof events.$inferSelect;

export async function loadEvent(db: Db, eventId: string): Promise<EventRow> {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) throw notFound('Event');
  return event;
}

/**
 * A program's events are for its members; an organisation-wide event (no program) is open to
 * every signed-in user, as the networking events of the source project were.
 */
export async function requireEventReader(db: Db, user: AuthUser, programId: string | null): Promise<void> {
  if (programId) await requireMembership(db, user, programId, ANY_ROLE);
}

/** Coordinators manage their program's events (while it is not archived); admins the organisation's. */
export async function requireEventManager(db: Db, user: AuthUser, programId: string | null): Promise<void> {
  if (!programId) {
    if (!user.isAdmin) throw forbidden('Only administrators manage organisation-wide events.');
    return;
  }
  const { program } = await requireMembership(db, user, programId, ['coordinator']);
  requireWritable(program);
}
