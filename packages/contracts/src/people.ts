import { z } from 'zod';
import { Email, Instant, ParticipantRole, Uuid } from './common.ts';
import { Profile } from './profiles.ts';

export const ParticipantsQuery = z.strictObject({ role: ParticipantRole.optional() });

export const Participant = z.object({
  userId: Uuid,
  name: z.string(),
  /** Shown to coordinators; null for other viewers. */
  email: z.string().nullable(),
  role: ParticipantRole,
  joinedAt: Instant,
  /** Null where the viewer may not see this person's profile. */
  profile: Profile.nullable(),
  /** 0-100: how much of the profile is filled in (matching needs it). */
  profileCompleteness: z.number().int().nullable(),
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantParams = z.object({ programId: Uuid, userId: Uuid });

export const InvitationStatus = z.enum(['open', 'accepted', 'revoked', 'expired']);

export const Invitation = z.object({
  id: Uuid,
  programId: Uuid,
  email: z.string(),
  name: z.string(),
  role: ParticipantRole,
  status: InvitationStatus,
  createdAt: Instant,
  expiresAt: Instant,
});
export type Invitation = z.infer<typeof Invitation>;

export const CreateInvitationBody = z.strictObject({
  email: Email,
  name: z.string().trim().min(1).max(200),
  role: ParticipantRole,
});
export type CreateInvitationBody = z.infer<typeof CreateInvitationBody>;

/** The link is shown once, so a coordinator without email delivery can pass it on. */
export const CreatedInvitation = z.object({ invitation: Invitation, inviteUrl: z.string() });
export type CreatedInvitation = z.infer<typeof CreatedInvitation>;

export const InvitationIdParams = z.object({ invitationId: Uuid });
export const TokenParams = z.object({ token: z.string().min(20).max(100) });

/** What the accept page shows before anyone signs in. */
export const InvitationPreview = z.object({
  programName: z.string(),
  role: ParticipantRole,
  name: z.string(),
  email: z.string(),
  /** An account with this email exists: sign in to accept instead of creating one. */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(10).max(256).optional(),
});
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBody>;

export const ImportVerdict = z.enum([
  'valid',
  'duplicate',
  'already_member',
  'already_invited',
  'bad_email',
  'unknown_role',
  'missing_name',
]);
export type ImportVerdict = z.infer<typeof ImportVerdict>;

export const ImportRow = z.object({
  line: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  verdict: ImportVerdict,
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).optional() });

export const ImportReport = z.object({
  dryRun: z.boolean(),
  rows: z.array(ImportRow),
  counts: z.record(ImportVerdict, z.number().int()),
  /** Invitations created (0 in a dry run). */
  imported: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const PasswordResetRequestBody = z.strictObject({ email: Email });
export const PasswordResetBody = z.strictObject({ password: z.string().min(10).max(256) });
