import { queryRows } from '@mentoring/db';
import { checkIns, goals, matches, sessionLogs } from '@mentoring/db/schema';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addWorldPair, createAccessWorld } from '../../test/factories.ts';
import { useTestApp } from '../../test/harness.ts';

const ctx = useTestApp();
const DAY = 86_400_000;

/** pair_activity as the triggers left it, beside a recount from the source tables. */
async function activityAndRecount(matchId: string) {
  const [row] = await queryRows<{
    kept_n: number | null;
    kept_last: Date | null;
    kept_rating: number | null;
    n: number;
    last: Date | null;
    rating: number | null;
  }>(
    ctx.database.db,
    sql`select pa.sessions_held as kept_n, pa.last_session_at as kept_last, pa.latest_actor_rating as kept_rating,
               (select count(*)::int from session_logs where match_id = ${matchId}) as n,
               (select max(held_at) from session_logs where match_id = ${matchId}) as last,
               (select c.rating from check_ins c join goals g on g.id = c.goal_id
                 where g.match_id = ${matchId} and c.rated_by = 'actor'
                 order by c.created_at desc, c.id desc limit 1) as rating
        from (select ${matchId}::uuid as id) m left join pair_activity pa on pa.match_id = m.id`,
  );
  return {
    kept: { n: row?.kept_n, last: row?.kept_last && new Date(row.kept_last), rating: row?.kept_rating },
    recount: { n: row?.n, last: row?.last && new Date(row.last), rating: row?.rating },
  };
}

// The dashboard reads per-pair totals kept by triggers; they must always equal a recount.
describe('pair activity totals', () => {
  let matchId: string;
  let programId: string;
  let authorId: string;

  beforeAll(async () => {
    const db = ctx.database.db;
    const world = await createAccessWorld(db);
    programId = world.program.id;
    authorId = world.users.mentor.id;
    matchId = (await addWorldPair(db, world)).id;
  });

  const logAt = (daysAgo: number) =>
    ctx.database.db
      .insert(sessionLogs)
      .values({
        programId,
        matchId,
        authorId,
        heldAt: new Date(Date.now() - daysAgo * DAY),
        durationMinutes: 60,
        format: 'remote',
      })
      .returning();

  it('count and last session follow inserts, concurrent ones included, moves and deletes', async () => {
    // Twenty writers at once: on PostgreSQL these are separate connections racing for the pair.
    const logged = await Promise.all(Array.from({ length: 20 }, (_, i) => logAt(i + 1)));
    let { kept, recount } = await activityAndRecount(matchId);
    expect(kept.n).toBe(20);
    expect(kept).toEqual(recount);

    const newest = logged[0]?.[0]?.id as string;
    await ctx.database.db
      .update(sessionLogs)
      .set({ heldAt: new Date(Date.now() - 30 * DAY) })
      .where(eq(sessionLogs.id, newest));
    await ctx.database.db.delete(sessionLogs).where(eq(sessionLogs.id, logged[5]?.[0]?.id as string));
    ({ kept, recount } = await activityAndRecount(matchId));
    expect(kept.n).toBe(19);
    expect(kept).toEqual(recount);
  });

  it("the latest actor rating follows check-ins, ignores the mentor's, and goes with a deleted goal", async () => {
    const db = ctx.database.db;
    const [goal] = await db.insert(goals).values({ matchId, title: 'Hinnoittelu' }).returning();
    const goalId = goal?.id as string;
    await db
      .insert(checkIns)
      .values({ goalId, ratedBy: 'actor', rating: 2, createdAt: new Date(Date.now() - DAY) });
    await db.insert(checkIns).values({ goalId, ratedBy: 'mentor', rating: 5 });
    expect((await activityAndRecount(matchId)).kept.rating).toBe(2);

    await db.update(checkIns).set({ rating: 4 }).where(eq(checkIns.ratedBy, 'actor'));
    let { kept, recount } = await activityAndRecount(matchId);
    expect(kept.rating).toBe(4);
    expect(kept).toEqual(recount);

    await db.delete(goals).where(eq(goals.id, goalId));
    ({ kept, recount } = await activityAndRecount(matchId));
    expect(kept.rating).toBeNull();
    expect(kept).toEqual(recount);
  });

  it('a deleted pair takes its totals along', async () => {
    await ctx.database.db.delete(matches).where(eq(matches.id, matchId));
    const rows = await queryRows(
      ctx.database.db,
      sql`select 1 from pair_activity where match_id = ${matchId}`,
    );
    expect(rows).toHaveLength(0);
  });
});
