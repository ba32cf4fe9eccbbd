import type {
  AcceptInvitationBody,
  CreateInvitationBody,
  Invitation,
  InvitationPreview,
} from '@mentoring/contracts';
import type { Tx } from '@mentoring/db';
import { invitations, participants, programs, users } from '@mentoring/db/schema';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import { hashPassword, isCommonPassword } from '../../lib/password.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership, requireWritable } from '../access/access.service.ts';
import type { UserRow } from '../auth/auth.service.ts';
import { invitationEmail } from '../outbox/emails.ts';
import { enqueueEmail } from '../outbox/outbox.ts';
import { findUserByEmail } from '../users/users.repository.ts';

export const INVITATION_VALID_DAYS = 14;
type InvitationRow = typeof invitations.$inferSelect;

export function toInvitation(row: InvitationRow, now: Date): Invitation {
  const status = row.acceptedAt
    ? 'accepted'
    : row.revokedAt
      ? 'revoked'
      : row.expiresAt <= now
        ? 'expired'
        : 'open';
  return {
    id: row.id,
    programId: row.programId,
    email: row.email,
    name: row.name,
    role: row.role,
    status,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

const invalidLink = () =>
  new AppError(
    404,
    'invitation_not_valid',
    'This invitation link is not valid: it may have expired, been used or withdrawn.',
  );

export function createInvitationsService({ db, clock, publicUrl }: ServiceDeps) {
  /**
   * Writes an invitation (replacing any open one for the same person) and queues its email, in the
   * caller's transaction. Returns the link, which is shown to the coordinator once.
   */
  async function invite(
    tx: Tx,
    program: { id: string; name: string },
    body: CreateInvitationBody,
    invitedBy: string,
  ) {
    const now = clock();
    const token = newToken();
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.programId, program.id),
          eq(sql`lower(${invitations.email})`, body.email.toLowerCase()),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(invitations)
      .values({
        programId: program.id,
        email: body.email,
        name: body.name,
        role: body.role,
        tokenHash: hashToken(token),
        invitedBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
      })
      .returning();
    if (!row) throw new Error('invitation insert failed');
    const inviteUrl = `${publicUrl}/invite/${token}`;
    await enqueueEmail(
      tx,
      invitationEmail({
        to: body.email,
        name: body.name,
        programName: program.name,
        role: body.role,
        url: inviteUrl,
        validDays: INVITATION_VALID_DAYS,
      }),
      now,
    );
    return { invitation: toInvitation(row, now), inviteUrl };
  }

  async function activeMemberEmails(programId: string): Promise<Set<string>> {
    const rows = await db
      .select({ email: users.email })
      .from(participants)
      .innerJoin(users, eq(users.id, participants.userId))
      .where(and(eq(participants.programId, programId), isNull(participants.removedAt)));
    return new Set(rows.map((r) => r.email.toLowerCase()));
  }

  async function findOpen(token: string): Promise<InvitationRow & { programName: string }> {
    const [row] = await db
      .select({ invitation: invitations, programName: programs.name, archivedAt: programs.archivedAt })
      .from(invitations)
      .innerJoin(programs, eq(programs.id, invitations.programId))
      .where(eq(invitations.tokenHash, hashToken(token)));
    if (!row || row.archivedAt || toInvitation(row.invitation, clock()).status !== 'open')
      throw invalidLink();
    return { ...row.invitation, programName: row.programName };
  }

  /** Adds the user to the program (or brings a removed participant back) and closes the invitation. */
  async function join(tx: Tx, invitation: InvitationRow, userId: string) {
    const now = clock();
    await tx
      .insert(participants)
      .values({ programId: invitation.programId, userId, role: invitation.role })
      .onConflictDoUpdate({
        target: [participants.programId, participants.userId],
        set: { role: invitation.role, removedAt: null },
        // An active member keeps the role they have.
        setWhere: sql`${participants.removedAt} is not null`,
      });
    await tx
      .update(invitations)
      .set({ acceptedAt: now, acceptedBy: userId })
      .where(eq(invitations.id, invitation.id));
  }

  return {
    invite,
    activeMemberEmails,

    async create(user: AuthUser, programId: string, body: CreateInvitationBody) {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      if ((await activeMemberEmails(programId)).has(body.email.toLowerCase())) {
        throw new AppError(409, 'already_member', 'This person is already a participant of the program.');
      }
      return db.transaction((tx) => invite(tx, program, body, user.id));
    },

    async list(user: AuthUser, programId: string): Promise<Invitation[]> {
      await requireMembership(db, user, programId, ['coordinator']);
      const rows = await db
        .select()
        .from(invitations)
        .where(eq(invitations.programId, programId))
        .orderBy(desc(invitations.createdAt));
      const now = clock();
      return rows.map((row) => toInvitation(row, now));
    },

    async revoke(user: AuthUser, invitationId: string): Promise<void> {
      const [row] = await db.select().from(invitations).where(eq(invitations.id, invitationId));
      if (!row) throw notFound('Invitation');
      const { program } = await requireMembership(db, user, row.programId, ['coordinator']);
      requireWritable(program);
      if (row.acceptedAt)
        throw new AppError(409, 'invitation_accepted', 'This invitation has already been accepted.');
      if (!row.revokedAt)
        await db.update(invitations).set({ revokedAt: clock() }).where(eq(invitations.id, invitationId));
    },

    async preview(token: string): Promise<InvitationPreview> {
      const invitation = await findOpen(token);
      const account = await findUserByEmail(db, invitation.email);
      return {
        programName: invitation.programName,
        role: invitation.role,
        name: invitation.name,
        email: invitation.email,
        accountExists: Boolean(account),
      };
    },

    /**
     * Signed in: the invitation joins the signed-in account. Not signed in: a new account is made
     * with the invited email, unless one exists, in which case the person signs in first.
     */
    async accept(
      token: string,
      body: AcceptInvitationBody,
      signedIn: AuthUser | null,
    ): Promise<{ programId: string; newUser: UserRow | null }> {
      const invitation = await findOpen(token);
      if (signedIn) {
        await db.transaction((tx) => join(tx, invitation, signedIn.id));
        return { programId: invitation.programId, newUser: null };
      }
      const existing = await findUserByEmail(db, invitation.email);
      if (existing) {
        throw new AppError(
          409,
          'account_exists',
          'An account with this email exists. Sign in to accept the invitation.',
        );
      }
      if (!body.password) {
        throw new AppError(400, 'validation_failed', 'Choose a password.', {
          fieldErrors: [{ path: 'body.password', message: 'Required' }],
        });
      }
      if (isCommonPassword(body.password)) {
        throw new AppError(400, 'password_too_common', 'Choose a less common password.', {
          fieldErrors: [{ path: 'body.password', message: 'Too common' }],
        });
      }
      const passwordHash = await hashPassword(body.password);
      const newUser = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(users)
          .values({ email: invitation.email, name: body.name ?? invitation.name, passwordHash })
          .returning();
        if (!created) throw new Error('user insert failed');
        await join(tx, invitation, created.id);
        return created;
      });
      return { programId: invitation.programId, newUser };
    },
  };
}
export type InvitationsService = ReturnType<typeof createInvitationsService>;
