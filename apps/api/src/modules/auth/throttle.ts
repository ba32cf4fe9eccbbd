import type { Db } from '@mentoring/db';
import { authThrottle } from '@mentoring/db/schema';
import { eq, sql } from 'drizzle-orm';

/**
 * Fixed-window counters in the database, so a limit holds across all API processes.
 * `check` reads without counting; `hit` counts one attempt; `reset` clears the key.
 */
export function createThrottle(db: Db, options: { limit: number; windowMs: number }) {
  const windowSeconds = options.windowMs / 1000;
  return {
    /** Seconds to wait when the key is over its limit now; 0 when it may try. */
    async retryAfter(key: string, now: Date): Promise<number> {
      const [row] = await db.select().from(authThrottle).where(eq(authThrottle.key, key));
      if (!row || row.attempts < options.limit) return 0;
      const endsAt = row.windowStartedAt.getTime() + options.windowMs;
      return endsAt > now.getTime() ? Math.ceil((endsAt - now.getTime()) / 1000) : 0;
    },
    async hit(key: string, now: Date): Promise<void> {
      await db
        .insert(authThrottle)
        .values({ key, windowStartedAt: now, attempts: 1 })
        .onConflictDoUpdate({
          target: authThrottle.key,
          set: {
            attempts: sql`case when ${authThrottle.windowStartedAt} <= ${now}::timestamptz - make_interval(secs => ${windowSeconds}) then 1 else ${authThrottle.attempts} + 1 end`,
            windowStartedAt: sql`case when ${authThrottle.windowStartedAt} <= ${now}::timestamptz - make_interval(secs => ${windowSeconds}) then ${now}::timestamptz else ${authThrottle.windowStartedAt} end`,
          },
        });
    },
    async reset(key: string): Promise<void> {
      await db.delete(authThrottle).where(eq(authThrottle.key, key));
    },
  };
}
