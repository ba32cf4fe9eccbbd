import type { Goal } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { checkIns, goals, programPhases } from '@mentoring/db/schema';
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import { AppError, forbidden, notFound } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requirePair } from '../sessions/pair-access.ts';

export const MAX_GOALS = 5;
type GoalRow = typeof goals.$inferSelect;

export function createGoalsService({ db, clock }: { db: Db; clock: Clock }) {
  async function withCheckIns(rows: GoalRow[]): Promise<Goal[]> {
    const ids = rows.map((g) => g.id);
    const ratings = ids.length
      ? await db.select().from(checkIns).where(inArray(checkIns.goalId, ids)).orderBy(asc(checkIns.createdAt))
      : [];
    return rows.map((g) => ({
      id: g.id,
      matchId: g.matchId,
      title: g.title,
      description: g.description,
      successCriteria: g.successCriteria,
      topics: g.topics,
      mentorComment: g.mentorComment,
      checkIns: ratings
        .filter((c) => c.goalId === g.id)
        .map((c) => ({
          id: c.id,
          phaseId: c.phaseId,
          ratedBy: c.ratedBy,
          rating: c.rating,
          note: c.note,
          createdAt: c.createdAt.toISOString(),
        })),
    }));
  }

  async function loadGoal(user: AuthUser, goalId: string) {
    const [goal] = await db.select().from(goals).where(eq(goals.id, goalId));
    if (!goal) throw notFound('Goal');
    const access = await requirePair(db, user, goal.matchId);
    if (access.archived)
      throw new AppError(409, 'program_archived', 'This program is archived and can no longer be changed.');
    return { goal, ...access };
  }

  return {
    /** The pair and its program's coordinators read goals and their ratings. */
    async list(user: AuthUser, matchId: string): Promise<Goal[]> {
      await requirePair(db, user, matchId);
      return withCheckIns(
        await db
          .select()
          .from(goals)
          .where(eq(goals.matchId, matchId))
          .orderBy(asc(goals.position), asc(goals.createdAt)),
      );
    },

    /** The actor sets up to five goals for their pair. */
    async create(
      user: AuthUser,
      matchId: string,
      body: { title: string; description: string; successCriteria: string; topics: string[] },
    ): Promise<Goal> {
      const { as, archived } = await requirePair(db, user, matchId);
      if (as !== 'actor') throw forbidden('The actor of the pair sets the goals.');
      if (archived)
        throw new AppError(409, 'program_archived', 'This program is archived and can no longer be changed.');
      const [existing] = await db.select({ n: count() }).from(goals).where(eq(goals.matchId, matchId));
      if ((existing?.n ?? 0) >= MAX_GOALS)
        throw new AppError(409, 'too_many_goals', `A pair works on at most ${MAX_GOALS} goals at a time.`);
      const now = clock();
      const [row] = await db
        .insert(goals)
        .values({ matchId, ...body, position: existing?.n ?? 0, createdAt: now, updatedAt: now })
        .returning();
      if (!row) throw new Error('goal insert failed');
      return (await withCheckIns([row]))[0] as Goal;
    },

    /** The actor edits the goal itself; the mentor writes a comment on it. */
    async update(
      user: AuthUser,
      goalId: string,
      body: {
        title?: string;
        description?: string;
        successCriteria?: string;
        topics?: string[];
        mentorComment?: string;
      },
    ): Promise<Goal> {
      const { goal, as } = await loadGoal(user, goalId);
      const { mentorComment, ...own } = body;
      if (as === 'coordinator') throw forbidden();
      if (as === 'mentor' && Object.keys(own).length > 0)
        throw forbidden('Mentors comment on goals; the actor writes them.');
      if (as === 'actor' && mentorComment !== undefined) throw forbidden('The comment is the mentor\u2019s.');
      const [row] = await db
        .update(goals)
        .set({ ...own, ...(mentorComment !== undefined ? { mentorComment } : {}), updatedAt: clock() })
        .where(eq(goals.id, goalId))
        .returning();
      return (await withCheckIns([row ?? goal]))[0] as Goal;
    },

    /** A 1-5 rating at a phase: the actor's own, and the mentor's beside it. Rating again replaces it. */
    async checkIn(
      user: AuthUser,
      goalId: string,
      body: { phaseId?: string | null | undefined; rating: number; note: string },
    ): Promise<Goal> {
      const { goal, match, as } = await loadGoal(user, goalId);
      if (as === 'coordinator') throw forbidden();
      const phaseId = body.phaseId ?? null;
      if (phaseId) {
        const [phase] = await db
          .select()
          .from(programPhases)
          .where(and(eq(programPhases.id, phaseId), eq(programPhases.programId, match.programId)));
        if (!phase) throw new AppError(400, 'unknown_reference', 'That phase is not part of this program.');
      }
      await db.transaction(async (tx) => {
        await tx
          .delete(checkIns)
          .where(
            and(
              eq(checkIns.goalId, goalId),
              eq(checkIns.ratedBy, as),
              phaseId ? eq(checkIns.phaseId, phaseId) : isNull(checkIns.phaseId),
            ),
          );
        await tx
          .insert(checkIns)
          .values({ goalId, phaseId, ratedBy: as, rating: body.rating, note: body.note, createdAt: clock() });
      });
      return (await withCheckIns([goal]))[0] as Goal;
    },
  };
}
export type GoalsService = ReturnType<typeof createGoalsService>;
