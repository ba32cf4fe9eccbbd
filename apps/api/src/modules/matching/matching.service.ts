import type { Suggestion, SuggestionRequest, WhyNotAnswer } from '@mentoring/contracts';
import type { Db } from '@mentoring/db';
import { programs } from '@mentoring/db/schema';
import {
  DEFAULT_WEIGHTS,
  labelReasons,
  type MatchingInput,
  MatchingInputError,
  scoreMatrix,
  solve,
  whyNot,
} from '@mentoring/matching';
import { eq } from 'drizzle-orm';
import { AppError } from '../../lib/app-error.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { requireMembership } from '../access/access.service.ts';
import type { WishesService } from '../wishes/wishes.service.ts';
import { loadMatchingPool, type MatchingPool } from './matching-input.ts';
import { loadTagLabels } from './reason-labels.ts';

function toEngineInput(pool: MatchingPool, request: SuggestionRequest): MatchingInput {
  // Running pairs stay as they are; the coordinator's own locks come on top.
  const lockedActors = new Set(pool.runningPairs.map((p) => p.actorId));
  return {
    actors: pool.actors,
    mentors: pool.mentors,
    weights: { ...DEFAULT_WEIGHTS, ...request.weights },
    mustHave: request.mustHave ?? {},
    objective: request.objective,
    locks: [...pool.runningPairs, ...request.locks.filter((lock) => !lockedActors.has(lock.actorId))],
    exclusions: request.exclusions,
  };
}

function inputError(error: unknown): never {
  if (error instanceof MatchingInputError) {
    throw new AppError(400, 'matching_input_invalid', error.message, {
      fieldErrors: error.issues.map((issue) => ({ path: `body.${issue.code}`, message: issue.message })),
    });
  }
  throw error;
}

export function createMatchingService({ db, wishes }: { db: Db; wishes: WishesService }) {
  return {
    /** The optimal pairing for the program as it is now, with reasons; nothing is saved but the weights. */
    async suggest(user: AuthUser, programId: string, request: SuggestionRequest): Promise<Suggestion> {
      await requireMembership(db, user, programId, ['coordinator']);
      const pool = await loadMatchingPool(db, wishes, programId);
      const input = toEngineInput(pool, request);
      const started = performance.now();
      let result: ReturnType<typeof solve>;
      try {
        result = solve(input);
      } catch (error) {
        inputError(error);
      }
      const solveMs = performance.now() - started;
      const matrix = scoreMatrix(input);
      const labels = await loadTagLabels(db, programId);
      await db
        .update(programs)
        .set({
          matchingSettings: {
            weights: input.weights as Record<string, number>,
            mustHave: request.mustHave ?? {},
          },
        })
        .where(eq(programs.id, programId));
      return {
        objective: result.objective,
        pairs: result.pairs.map((pair) => ({ ...pair, reasons: labelReasons(pair.reasons, labels) })),
        unplaced: result.unplaced,
        totalScore: result.totalScore,
        worstPairScore: result.worstPairScore,
        placedCount: result.placedCount,
        optimal: result.optimal,
        mentors: result.mentorLoad.map(({ mentorId, capacity, load, slotValueBound }) => ({
          mentorId,
          capacity,
          load,
          slotValueBound,
        })),
        heatmap: {
          actorIds: matrix.actorIds,
          mentorIds: matrix.mentorIds,
          scores: matrix.scores.map((row, i) =>
            row.map((score, j) => (matrix.forbidden[i]?.[j] ? null : score)),
          ),
        },
        people: [...pool.names].map(([userId, person]) => ({ userId, ...person })),
        solveMs: Math.round(solveMs * 100) / 100,
      };
    },

    async whyNot(
      user: AuthUser,
      programId: string,
      request: SuggestionRequest & { actorId: string; mentorId: string },
    ): Promise<WhyNotAnswer> {
      await requireMembership(db, user, programId, ['coordinator']);
      const pool = await loadMatchingPool(db, wishes, programId);
      try {
        const answer = whyNot(toEngineInput(pool, request), request.actorId, request.mentorId);
        const cost = answer.exact ? answer.exact.scoreLoss : null;
        return { status: answer.status, cost, fi: answer.fi, en: answer.en };
      } catch (error) {
        inputError(error);
      }
    },

    async settings(user: AuthUser, programId: string) {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      return program.matchingSettings ?? { weights: { ...DEFAULT_WEIGHTS }, mustHave: {} };
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
