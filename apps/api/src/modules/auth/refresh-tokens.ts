import { randomUUID } from 'node:crypto';
import type { Db } from '@mentoring/db';
import { refreshTokens } from '@mentoring/db/schema';
import { and, eq, isNull } from 'drizzle-orm';
import { newToken, hashToken as sha256 } from '../../lib/tokens.ts';

export const REFRESH_TOKEN_DAYS = 14;
/**
 * Two tabs may refresh with the same cookie at the same moment. A token rotated this recently is
 * answered with a fresh sibling instead of being treated as stolen.
 */
export const REUSE_GRACE_MS = 10_000;

export type RefreshOutcome =
  | { kind: 'rotated'; userId: string; token: string }
  | { kind: 'invalid' }
  | { kind: 'reused' };

export function createRefreshTokens(db: Db) {
  async function issue(userId: string, familyId: string, now: Date): Promise<string> {
    const token = newToken();
    await db.insert(refreshTokens).values({
      userId,
      familyId,
      tokenHash: sha256(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + REFRESH_TOKEN_DAYS * 86_400_000),
    });
    return token;
  }

  async function revokeFamily(familyId: string, now: Date): Promise<void> {
    await db
      .update(refreshTokens)
      .set({ revokedAt: now })
      .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  }

  return {
    /** Starts a new family (a login). */
    start: (userId: string, now: Date) => issue(userId, randomUUID(), now),

    /** Exchanges a token for its successor; a replayed token revokes its whole family. */
    async rotate(token: string, now: Date): Promise<RefreshOutcome> {
      const [row] = await db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, sha256(token)));
      if (!row || row.revokedAt || row.expiresAt <= now) return { kind: 'invalid' };
      if (row.rotatedAt) {
        if (now.getTime() - row.rotatedAt.getTime() <= REUSE_GRACE_MS) {
          return { kind: 'rotated', userId: row.userId, token: await issue(row.userId, row.familyId, now) };
        }
        await revokeFamily(row.familyId, now);
        return { kind: 'reused' };
      }
      // Conditional update: of two concurrent rotations only one wins; the other takes the grace path above.
      const claimed = await db
        .update(refreshTokens)
        .set({ rotatedAt: now })
        .where(and(eq(refreshTokens.id, row.id), isNull(refreshTokens.rotatedAt)))
        .returning({ id: refreshTokens.id });
      if (claimed.length === 0) return this.rotate(token, now);
      return { kind: 'rotated', userId: row.userId, token: await issue(row.userId, row.familyId, now) };
    },

    /** Logout: the presented token's family ends. Unknown tokens are ignored. */
    async revokeByToken(token: string, now: Date): Promise<void> {
      const [row] = await db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, sha256(token)));
      if (row) await revokeFamily(row.familyId, now);
    },

    /** Password change, deactivation: every session of the user ends at once. */
    async revokeAllForUser(userId: string, now: Date): Promise<void> {
      await db
        .update(refreshTokens)
        .set({ revokedAt: now })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    },
  };
}
