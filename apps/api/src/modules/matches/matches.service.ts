import type { ConfirmMatchesBody, Match, UpdateMatchBody } from '@mentoring/contracts';
import { constraintName, type Tx } from '@mentoring/db';
import { matches, programs, users } from '@mentoring/db/schema';
import { createPairScorer, labelReasons } from '@mentoring/matching';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AppError, notFound } from '../../lib/app-error.ts';
import type { ServiceDeps } from '../../lib/service-deps.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { ANY_ROLE, requireMembership, requireWritable } from '../access/access.service.ts';
import { loadMatchingPool } from '../matching/matching-input.ts';
import { loadTagLabels } from '../matching/reason-labels.ts';
import { enqueueEmail } from '../outbox/outbox.ts';
import type { WishesService } from '../wishes/wishes.service.ts';
import { matchPublishedEmail } from './match-emails.ts';
import { checkTransition } from './transitions.ts';

type MatchRow = typeof matches.$inferSelect;
const mentorUser = alias(users, 'mentor_user');
const actorUser = alias(users, 'actor_user');

/** Capacity and "one open match per actor" are database rules; say which one was broken. */
function explainConstraint(error: unknown): never {
  const name = constraintName(error);
  if (name === 'matches_mentor_capacity') {
    throw new AppError(409, 'mentor_at_capacity', 'The mentor has no free place for another actor.');
  }
  if (name === 'matches_one_open_per_actor') {
    throw new AppError(409, 'actor_already_matched', 'The actor already has a mentor in this program.');
  }
  if (name === 'matches_mentor_participant' || name === 'matches_actor_participant') {
    throw new AppError(
      400,
      'not_a_participant',
      'Both people must be a mentor and an actor of this program.',
    );
  }
  throw error;
}

export function createMatchesService(deps: ServiceDeps & { wishes: WishesService }) {
  const { db, clock } = deps;

  async function rows(where: ReturnType<typeof and>): Promise<Match[]> {
    const found = await db
      .select({ match: matches, mentorName: mentorUser.name, actorName: actorUser.name })
      .from(matches)
      .innerJoin(mentorUser, eq(mentorUser.id, matches.mentorId))
      .innerJoin(actorUser, eq(actorUser.id, matches.actorId))
      .where(where)
      .orderBy(asc(mentorUser.name), asc(actorUser.name));
    return found.map(({ match, mentorName, actorName }) => ({
      id: match.id,
      programId: match.programId,
      mentorId: match.mentorId,
      mentorName,
      actorId: match.actorId,
      actorName,
      status: match.status,
      score: match.score,
      reasons: (match.explanation?.reasons ?? []) as Match['reasons'],
      endedReason: match.endedReason,
      createdAt: match.createdAt.toISOString(),
      publishedAt: match.publishedAt?.toISOString() ?? null,
      endedAt: match.endedAt?.toISOString() ?? null,
    }));
  }

  async function announce(tx: Tx, programId: string, pairs: { mentorId: string; actorId: string }[]) {
    if (pairs.length === 0) return;
    const [program] = await tx
      .select({ name: programs.name })
      .from(programs)
      .where(eq(programs.id, programId));
    const ids = [...new Set(pairs.flatMap((p) => [p.mentorId, p.actorId]))];
    const people = new Map(
      (await tx.select().from(users).where(inArray(users.id, ids))).map((u) => [u.id, u]),
    );
    const now = clock();
    for (const pair of pairs) {
      const mentor = people.get(pair.mentorId);
      const actor = people.get(pair.actorId);
      if (!mentor || !actor || !program) continue;
      const url = `${deps.publicUrl}/programs/${programId}`;
      await enqueueEmail(
        tx,
        matchPublishedEmail({
          to: mentor.email,
          name: mentor.name,
          other: actor.name,
          role: 'mentor',
          programName: program.name,
          url,
        }),
        now,
      );
      await enqueueEmail(
        tx,
        matchPublishedEmail({
          to: actor.email,
          name: actor.name,
          other: mentor.name,
          role: 'actor',
          programName: program.name,
          url,
        }),
        now,
      );
    }
  }

  return {
    /**
     * Saves a set of pairs: new pairs are created (proposed, or active and announced when
     * published); an actor's earlier unpublished proposal is replaced; running pairs are kept.
     */
    async confirm(user: AuthUser, programId: string, body: ConfirmMatchesBody): Promise<Match[]> {
      const { program } = await requireMembership(db, user, programId, ['coordinator']);
      requireWritable(program);
      const actorIds = body.pairs.map((p) => p.actorId);
      if (new Set(actorIds).size !== actorIds.length) {
        throw new AppError(400, 'duplicate_actor', 'An actor appears in more than one pair.');
      }
      const pool = await loadMatchingPool(db, deps.wishes, programId);
      const settings = program.matchingSettings ?? undefined;
      const scorePair = createPairScorer(
        settings ? { weights: settings.weights, mustHave: settings.mustHave } : {},
      );
      const actorsById = new Map(pool.actors.map((a) => [a.id, a]));
      const mentorsById = new Map(pool.mentors.map((m) => [m.id, m]));
      const score = (actorId: string, mentorId: string) => {
        const actor = actorsById.get(actorId);
        const mentor = mentorsById.get(mentorId);
        return actor && mentor ? scorePair(actor, mentor) : null;
      };
      const labels = await loadTagLabels(db, programId);
      const now = clock();
      const status = body.publish ? 'active' : 'proposed';
      try {
        await db.transaction(async (tx) => {
          const existing = await tx
            .select()
            .from(matches)
            .where(
              and(
                eq(matches.programId, programId),
                inArray(matches.actorId, actorIds),
                inArray(matches.status, ['proposed', 'active', 'paused']),
              ),
            );
          const byActor = new Map(existing.map((m) => [m.actorId, m]));
          const announced: { mentorId: string; actorId: string }[] = [];
          for (const pair of body.pairs) {
            const current = byActor.get(pair.actorId);
            if (current?.mentorId === pair.mentorId) {
              if (body.publish && current.status === 'proposed') {
                await tx
                  .update(matches)
                  .set({ status: 'active', publishedAt: now })
                  .where(eq(matches.id, current.id));
                announced.push(pair);
              }
              continue;
            }
            if (current && current.status !== 'proposed') {
              throw new AppError(
                409,
                'actor_already_matched',
                'The actor already has a running pair; re-match them instead.',
              );
            }
            if (current) await tx.delete(matches).where(eq(matches.id, current.id));
            const scored = score(pair.actorId, pair.mentorId);
            await tx.insert(matches).values({
              programId,
              ...pair,
              status,
              score: scored?.score ?? null,
              explanation: scored
                ? { breakdown: scored.breakdown, reasons: labelReasons(scored.reasons, labels) }
                : null,
              createdBy: user.id,
              createdAt: now,
              publishedAt: body.publish ? now : null,
            });
            if (body.publish) announced.push(pair);
          }
          await announce(tx, programId, announced);
        });
      } catch (error) {
        explainConstraint(error);
      }
      return rows(and(eq(matches.programId, programId), inArray(matches.actorId, actorIds)));
    },

    /** Coordinators see every pair; a mentor their own actors; an actor their own pair. */
    async list(user: AuthUser, programId: string): Promise<Match[]> {
      const access = await requireMembership(db, user, programId, ANY_ROLE);
      const own =
        access.role === 'mentor'
          ? eq(matches.mentorId, user.id)
          : access.role === 'actor'
            ? eq(matches.actorId, user.id)
            : undefined;
      const visible = await rows(and(eq(matches.programId, programId), own));
      // Mentors and actors do not see pairs the coordinator has not published yet.
      return own ? visible.filter((m) => m.status !== 'proposed') : visible;
    },

    async update(user: AuthUser, matchId: string, body: UpdateMatchBody): Promise<Match> {
      const [match] = await db.select().from(matches).where(eq(matches.id, matchId));
      if (!match) throw notFound('Match');
      const { program } = await requireMembership(db, user, match.programId, ['coordinator']);
      requireWritable(program);
      const now = clock();
      let resultId = matchId;
      try {
        await db.transaction(async (tx) => {
          if (body.mentorId && body.mentorId !== match.mentorId) {
            resultId = await rematch(tx, match, body.mentorId, body.endedReason ?? 'rematched', now, user.id);
            return;
          }
          if (!body.status || body.status === match.status) return;
          checkTransition(match.status, body.status, body.endedReason);
          const ending = body.status === 'completed' || body.status === 'ended';
          const publishing = body.status === 'active' && !match.publishedAt;
          await tx
            .update(matches)
            .set({
              status: body.status,
              ...(ending ? { endedAt: now, endedReason: body.endedReason ?? null } : {}),
              ...(publishing ? { publishedAt: now } : {}),
            })
            .where(eq(matches.id, matchId));
          if (publishing) await announce(tx, match.programId, [match]);
        });
      } catch (error) {
        explainConstraint(error);
      }
      const [result] = await rows(eq(matches.id, resultId));
      if (!result) throw notFound('Match');
      return result;
    },
  };

  /** Ends the actor's pair and opens a new one with another mentor, in the same status. */
  async function rematch(
    tx: Tx,
    match: MatchRow,
    mentorId: string,
    reason: string,
    now: Date,
    by: string,
  ): Promise<string> {
    if (match.status === 'completed' || match.status === 'ended') {
      throw new AppError(
        409,
        'match_closed',
        'This pair has ended; confirm a new pair for the actor instead.',
      );
    }
    await tx
      .update(matches)
      .set({ status: 'ended', endedAt: now, endedReason: reason })
      .where(eq(matches.id, match.id));
    const status = match.status === 'proposed' ? 'proposed' : 'active';
    const [created] = await tx
      .insert(matches)
      .values({
        programId: match.programId,
        mentorId,
        actorId: match.actorId,
        status,
        createdBy: by,
        createdAt: now,
        publishedAt: status === 'active' ? now : null,
      })
      .returning({ id: matches.id });
    if (status === 'active') await announce(tx, match.programId, [{ mentorId, actorId: match.actorId }]);
    return created?.id ?? match.id;
  }
}
export type MatchesService = ReturnType<typeof createMatchesService>;
