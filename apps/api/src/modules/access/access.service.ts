import type { ParticipantRole } from '@mentoring/contracts';
import { type Db, preparedStatement } from '@mentoring/db';
import { participants, programs } from '@mentoring/db/schema';
import { and, eq, isNull, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';

export type ProgramRow = typeof programs.$inferSelect;

export interface ProgramAccess {
  program: ProgramRow;
  /** The caller's role in the program; null for an admin who is not a member. */
  role: ParticipantRole | null;
  isAdmin: boolean;
}

/** The program and the caller's current role in it: asked by nearly every request, so prepared. */
const programWithRole = preparedStatement((db) =>
  db
    .select({ program: programs, role: participants.role })
    .from(programs)
    .leftJoin(participants, currentMemberOf(participants, programs.id, sql.placeholder('userId')))
    .where(eq(programs.id, sql.placeholder('programId')))
    .prepare('program_with_role'),
);

/**
 * The program-level gate every program route passes: the program must exist (404) and the caller
 * must hold one of `roles` in it (403). Admins pass wherever a coordinator would. Object-level
 * rules (a mentor sees only their own actors) live in each feature's service on top of this.
 */
export async function requireMembership(
  db: Db,
  user: AuthUser,
  programId: string,
  roles: readonly ParticipantRole[],
): Promise<ProgramAccess> {
  const [row] = await programWithRole(db).execute({ programId, userId: user.id });
  if (!row) throw notFound('Program');
  const role = row.role ?? null;
  if (role && roles.includes(role)) return { program: row.program, role, isAdmin: user.isAdmin };
  if (user.isAdmin && roles.includes('coordinator')) return { program: row.program, role, isAdmin: true };
  throw forbidden();
}

export const ANY_ROLE: readonly ParticipantRole[] = ['coordinator', 'mentor', 'actor'];

/** An archived program is read-only for everyone. */
export function requireWritable(program: ProgramRow): void {
  if (program.archivedAt) {
    throw new AppError(409, 'program_archived', 'This program is archived and can no longer be changed.');
  }
}

/**
 * Join condition: `member` (participants, or an alias of it) is the current, not removed, row of
 * the user in `userId` (a column, a user id or a placeholder) in the program in `programId`.
 */
export function currentMemberOf(
  member: { programId: AnyPgColumn; userId: AnyPgColumn; removedAt: AnyPgColumn },
  programId: AnyPgColumn,
  userId: AnyPgColumn | Placeholder | string,
): SQL {
  return and(eq(member.programId, programId), eq(member.userId, userId), isNull(member.removedAt)) as SQL;
}
