import { passwordResets, users } from '@mentoring/db/schema';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import { hashPassword, isCommonPassword } from '../../lib/password.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import { hashToken, newToken } from '../../lib/tokens.ts';
import { createRefreshTokens } from '../auth/refresh-tokens.ts';
import { createThrottle } from '../auth/throttle.ts';
import { passwordResetEmail } from '../outbox/emails.ts';
import { enqueueEmail } from '../outbox/outbox.ts';
import { findUserByEmail } from '../users/users.repository.ts';

export const RESET_VALID_MINUTES = 60;
/** Reset emails per address per hour: enough for a person, too few to flood an inbox. */
export const RESET_EMAIL_LIMIT = { limit: 3, windowMs: 60 * 60_000 };

export function createPasswordResetService({ db, clock, publicUrl }: ServiceDeps) {
  const throttle = createThrottle(db, RESET_EMAIL_LIMIT);
  const tokens = createRefreshTokens(db);

  return {
    /** Always the same quiet answer, so nobody learns which emails have accounts. */
    async request(email: string): Promise<void> {
      const now = clock();
      const key = `reset:${email.toLowerCase()}`;
      if ((await throttle.retryAfter(key, now)) > 0) return;
      await throttle.hit(key, now);
      const user = await findUserByEmail(db, email);
      if (!user?.isActive) return;
      const token = newToken();
      await db.transaction(async (tx) => {
        await tx.insert(passwordResets).values({
          userId: user.id,
          tokenHash: hashToken(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + RESET_VALID_MINUTES * 60_000),
        });
        await enqueueEmail(
          tx,
          passwordResetEmail({
            to: user.email,
            name: user.name,
            url: `${publicUrl}/reset-password/${token}`,
            validMinutes: RESET_VALID_MINUTES,
          }),
          now,
        );
      });
    },

    /** Sets the new password, uses up the link, and signs the user out everywhere. */
    async reset(token: string, password: string): Promise<void> {
      const now = clock();
      if (isCommonPassword(password)) {
        throw new AppError(400, 'password_too_common', 'Choose a less common password.', {
          fieldErrors: [{ path: 'body.password', message: 'Too common' }],
        });
      }
      const passwordHash = await hashPassword(password);
      const userId = await db.transaction(async (tx) => {
        const [used] = await tx
          .update(passwordResets)
          .set({ usedAt: now })
          .where(
            and(
              eq(passwordResets.tokenHash, hashToken(token)),
              isNull(passwordResets.usedAt),
              gt(passwordResets.expiresAt, now),
            ),
          )
          .returning({ userId: passwordResets.userId });
        if (!used)
          throw new AppError(400, 'reset_link_not_valid', 'This link has expired or has already been used.');
        await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, used.userId));
        return used.userId;
      });
      await tokens.revokeAllForUser(userId, now);
    },
  };
}
export type PasswordResetService = ReturnType<typeof createPasswordResetService>;
