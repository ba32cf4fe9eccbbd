import type { Db } from '@mentoring/db';
import { users } from '@mentoring/db/schema';
import { eq } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { verifyPassword } from '../../lib/password.ts';
import { findUserByEmail } from '../users/users.repository.ts';
import { createRefreshTokens } from './refresh-tokens.ts';
import { createThrottle } from './throttle.ts';

export type UserRow = typeof users.$inferSelect;

/** Failed logins allowed per account in a window, whatever IP they come from. */
export const ACCOUNT_LOGIN_LIMIT = { limit: 10, windowMs: 15 * 60_000 };

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'The email or password is incorrect.');

const sessionEnded = () => new AppError(401, 'session_ended', 'Your session has ended. Sign in again.');

export function createAuthService({ db, clock }: { db: Db; clock: Clock }) {
  const tokens = createRefreshTokens(db);
  const accountThrottle = createThrottle(db, ACCOUNT_LOGIN_LIMIT);

  return {
    tokens,

    /** Same answer for an unknown email, a wrong password and a deactivated account. */
    async login(email: string, password: string): Promise<{ user: UserRow; refreshToken: string }> {
      const now = clock();
      const key = `login:${email.toLowerCase()}`;
      const wait = await accountThrottle.retryAfter(key, now);
      if (wait > 0) {
        throw new AppError(429, 'too_many_attempts', 'Too many sign-in attempts. Try again later.', {
          headers: { 'retry-after': String(wait) },
        });
      }
      const user = await findUserByEmail(db, email);
      const ok = await verifyPassword(user?.passwordHash, password);
      if (!user || !ok || !user.isActive) {
        await accountThrottle.hit(key, now);
        throw invalidCredentials();
      }
      await accountThrottle.reset(key);
      return { user, refreshToken: await tokens.start(user.id, now) };
    },

    async refresh(token: string | undefined): Promise<{ user: UserRow; refreshToken: string }> {
      if (!token) throw sessionEnded();
      const now = clock();
      const outcome = await tokens.rotate(token, now);
      if (outcome.kind !== 'rotated') throw sessionEnded();
      const [user] = await db.select().from(users).where(eq(users.id, outcome.userId));
      if (!user?.isActive) {
        await tokens.revokeAllForUser(outcome.userId, now);
        throw sessionEnded();
      }
      return { user, refreshToken: outcome.token };
    },

    async logout(token: string | undefined): Promise<void> {
      if (token) await tokens.revokeByToken(token, clock());
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
