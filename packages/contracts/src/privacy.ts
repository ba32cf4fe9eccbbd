import { z } from 'zod';
import { Instant, Uuid } from './common.ts';

/** What an audit entry records: who read or changed whose personal data. */
export const AuditAction = z.enum([
  'profile.read',
  'session.read',
  'session.create',
  'session.update',
  'survey_results.read',
  'survey_results.export',
  'report.export',
  'my_data.export',
  'user.erase',
  'retention.purge',
]);
export type AuditAction = z.infer<typeof AuditAction>;

const PersonRef = z.object({ id: Uuid, name: z.string() }).nullable();

export const AuditEntry = z.object({
  id: Uuid,
  at: Instant,
  action: z.string(),
  /** Who did it; null for the system (scheduled jobs) or an erased person. */
  actor: PersonRef,
  /** Whose data it was. */
  subject: PersonRef,
  objectType: z.string().nullable(),
  objectId: Uuid.nullable(),
  programId: Uuid.nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .strictObject({
    subjectId: Uuid.optional(),
    actorId: Uuid.optional(),
    from: Instant.optional(),
    to: Instant.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'The range must end on or after its start',
    path: ['to'],
  });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** A person as an administrator finds them for the audit filter and erasure. */
export const AdminUser = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string(),
  isActive: z.boolean(),
  erasedAt: Instant.nullable(),
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUsersQuery = z.strictObject({ q: z.string().trim().min(2).max(200) });

export const UserIdParams = z.object({ userId: Uuid });

/** How many rows erasure deleted or anonymised, table by table. */
export const ErasureReport = z.object({
  userId: Uuid,
  erasedAt: Instant,
  tables: z.record(z.string(), z.number().int()),
});
export type ErasureReport = z.infer<typeof ErasureReport>;

/**
 * Everything stored about the caller, table by table (keys are the database table names). Rows are
 * plain JSON; secrets (password and token hashes) are left out, and other people's private notes
 * never appear.
 */
export const MyDataExport = z.object({
  exportedAt: Instant,
  userId: Uuid,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type MyDataExport = z.infer<typeof MyDataExport>;
