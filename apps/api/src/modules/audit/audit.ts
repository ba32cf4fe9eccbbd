import type { AuditAction, AuditEntry, AuditQuery } from '@mentoring/contracts';
import type { Db, Tx } from '@mentoring/db';
import { auditLog, users } from '@mentoring/db/schema';
import { and, desc, eq, gte, lte, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { forbidden } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';

export interface AuditRecord {
  /** Who did it; null for the system (scheduled jobs). */
  actorId: string | null;
  action: AuditAction;
  /** Whose data it was. */
  subjectId?: string | null;
  objectType?: string;
  objectId?: string | null;
  programId?: string | null;
  /** Counts and kinds only: never passwords, tokens or the texts themselves. */
  details?: Record<string, unknown>;
  /** The service's clock, so tests with a moved clock see entries at the right time. */
  at?: Date;
}

/**
 * Writes one audit entry. Pass the transaction of the change it records, so the entry and the
 * change commit together (a read passes the db handle).
 */
export async function recordAudit(db: Tx, entry: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectId: entry.subjectId ?? null,
    objectType: entry.objectType ?? null,
    objectId: entry.objectId ?? null,
    programId: entry.programId ?? null,
    details: entry.details ?? {},
    ...(entry.at ? { at: entry.at } : {}),
  });
}

/** The gate of every /api/admin route: administrators only. */
export function requireAdmin(user: AuthUser): void {
  if (!user.isAdmin) throw forbidden('Only administrators can do this.');
}

const actors = alias(users, 'actors');
const subjects = alias(users, 'subjects');

/** Newest first, filtered by person and time; names are joined so the page needs no second call. */
export async function listAudit(db: Db, user: AuthUser, query: AuditQuery): Promise<AuditEntry[]> {
  requireAdmin(user);
  const where: SQL[] = [];
  if (query.subjectId) where.push(eq(auditLog.subjectId, query.subjectId));
  if (query.actorId) where.push(eq(auditLog.actorId, query.actorId));
  if (query.from) where.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) where.push(lte(auditLog.at, new Date(query.to)));
  const rows = await db
    .select({
      entry: auditLog,
      actorName: actors.name,
      subjectName: subjects.name,
    })
    .from(auditLog)
    .leftJoin(actors, eq(actors.id, auditLog.actorId))
    .leftJoin(subjects, eq(subjects.id, auditLog.subjectId))
    .where(and(...where))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(query.limit);
  return rows.map(({ entry, actorName, subjectName }) => ({
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    actor: entry.actorId ? { id: entry.actorId, name: actorName ?? '' } : null,
    subject: entry.subjectId ? { id: entry.subjectId, name: subjectName ?? '' } : null,
    objectType: entry.objectType,
    objectId: entry.objectId,
    programId: entry.programId,
    details: entry.details,
  }));
}
