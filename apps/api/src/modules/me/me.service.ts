import type { Me, UpdateMeBody } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { participants, programs, users } from '@mentoring/db/schema';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashPassword, isCommonPassword, verifyPassword } from '../../lib/password.ts';
import type { UserRow } from '../auth/auth.service.ts';
import { createRefreshTokens } from '../auth/refresh-tokens.ts';
import { toUser } from '../auth/session.ts';
import { toProgram } from '../programs/programs.service.ts';

export function createMeService({ db, clock }: { db: Db; clock: Clock }) {
  const tokens = createRefreshTokens(db);

  async function load(userId: string): Promise<UserRow> {
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    if (!user?.isActive) throw notFound('User');
    return user;
  }

  return {
    async get(userId: string): Promise<Me> {
      const user = await load(userId);
      const rows = await db
        .select({ role: participants.role, program: programs })
        .from(participants)
        .innerJoin(programs, eq(programs.id, participants.programId))
        .where(and(eq(participants.userId, userId), isNull(participants.removedAt)))
        .orderBy(asc(programs.archivedAt), asc(programs.startsOn));
      return {
        user: toUser(user),
        memberships: rows.map((r) => ({ role: r.role, program: toProgram(r.program) })),
      };
    },

    async update(userId: string, body: UpdateMeBody): Promise<Me> {
      if (body.name !== undefined || body.locale !== undefined) {
        await db
          .update(users)
          .set({ ...body, updatedAt: clock() })
          .where(eq(users.id, userId));
      }
      return this.get(userId);
    },

    /** Checks the current password, stores the new one, and ends every other session. */
    async changePassword(
      userId: string,
      currentPassword: string,
      newPassword: string,
    ): Promise<{ user: UserRow; refreshToken: string }> {
      const user = await load(userId);
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AppError(400, 'wrong_password', 'The current password is incorrect.', {
          fieldErrors: [{ path: 'body.currentPassword', message: 'Incorrect password' }],
        });
      }
      if (isCommonPassword(newPassword)) {
        throw new AppError(400, 'password_too_common', 'Choose a less common password.', {
          fieldErrors: [{ path: 'body.newPassword', message: 'Too common' }],
        });
      }
      const now = clock();
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(newPassword), updatedAt: now })
        .where(eq(users.id, userId));
      await tokens.revokeAllForUser(userId, now);
      return { user: await load(userId), refreshToken: await tokens.start(userId, now) };
    },
  };
}
export type MeService = ReturnType<typeof createMeService>;
