import type { Db } from '@mentoring/db';
import { participants, programs } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { forbidden } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership } from '../access/access.service.ts';

export interface ReportScope {
  programs: { id: string; name: string }[];
  includesOrganisationEvents: boolean;
}

/**
 * Which programs a report covers: those asked for (each must be the caller's to coordinate), or
 * every program the caller coordinates. Administrators asking for none get all of them and the
 * organisation-wide events too.
 */
export async function reportScope(db: Db, user: AuthUser, programIds: string[]): Promise<ReportScope> {
  if (programIds.length > 0) {
    const unique = [...new Set(programIds)];
    const rows = [];
    for (const id of unique) rows.push((await requireMembership(db, user, id, ['coordinator'])).program);
    return { programs: rows.map(({ id, name }) => ({ id, name })), includesOrganisationEvents: false };
  }
  if (user.isAdmin) {
    const rows = await db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .orderBy(programs.startsOn);
    return { programs: rows, includesOrganisationEvents: true };
  }
  const rows = await db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .innerJoin(participants, eq(participants.programId, programs.id))
    .where(
      and(
        eq(participants.userId, user.id),
        eq(participants.role, 'coordinator'),
        isNull(participants.removedAt),
      ),
    )
    .orderBy(programs.startsOn);
  if (rows.length === 0) throw forbidden('Reports are for coordinators and administrators.');
  return { programs: rows, includesOrganisationEvents: false };
}
