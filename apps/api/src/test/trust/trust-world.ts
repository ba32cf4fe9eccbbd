import { randomUUID } from 'node:crypto';
import type { App } from '../../app.ts';
import type { AuthUser } from '../../plugins/auth.ts';
import { type AuthzWorld, buildAuthzWorld } from '../authz/authz-world.ts';
import type { TestUser } from '../factories.ts';
import { injectAs, type TestContext } from '../harness.ts';

/** Everyone who calls: both sides of two pairs in one program, and everyone around them. */
export const TRUST_CALLERS = [
  'mentorA',
  'actorA',
  'mentorB',
  'actorB',
  'freeActor',
  'coordinator',
  'otherCoordinator',
  'admin',
  'outsider',
] as const;
export type TrustCaller = (typeof TRUST_CALLERS)[number];

/** Texts unique to this world, so a search of any answer for them cannot hit by accident. */
function markers() {
  const tag = randomUUID().slice(0, 8);
  return {
    noteA: `PRIVNOTE-A-${tag}`,
    noteADraft: `PRIVNOTE-A-DRAFT-${tag}`,
    noteB: `PRIVNOTE-B-${tag}`,
    summaryA: `SUMMARY-A-${tag}`,
    summaryB: `SUMMARY-B-${tag}`,
    itemA: `ITEM-A-${tag}`,
    itemB: `ITEM-B-${tag}`,
    reflectionA: `REFLECTION-A-${tag}`,
    reflectionB: `REFLECTION-B-${tag}`,
    goalA: `GOAL-A-${tag}`,
    goalB: `GOAL-B-${tag}`,
    commentA: `COMMENT-A-${tag}`,
    closingA: `CLOSING-A-${tag}`,
    closingB: `CLOSING-B-${tag}`,
  };
}
export type Marker = keyof ReturnType<typeof markers>;

const PAIR_A: TrustCaller[] = ['mentorA', 'actorA'];
const PAIR_B: TrustCaller[] = ['mentorB', 'actorB'];
const MANAGERS: TrustCaller[] = ['coordinator', 'admin'];

/**
 * Who may ever read each text. The private note is its author's alone; the pair's texts
 * (summary, action items, reflection) are the pair's (coordinators see that a session happened,
 * not what was said); goals are the pair's and their program's coordinators'.
 */
export const READERS: Record<Marker, TrustCaller[]> = {
  noteA: ['mentorA'],
  noteADraft: [], // overwritten: nobody, not even the author, reads it back
  noteB: ['mentorB'],
  summaryA: PAIR_A,
  summaryB: PAIR_B,
  itemA: PAIR_A,
  itemB: PAIR_B,
  reflectionA: PAIR_A,
  reflectionB: PAIR_B,
  goalA: [...PAIR_A, ...MANAGERS],
  goalB: [...PAIR_B, ...MANAGERS],
  // The mentor's comment is part of the goal.
  commentA: [...PAIR_A, ...MANAGERS],
  // Closing reflections belong to the pair (coordinators get them as null).
  closingA: PAIR_A,
  closingB: PAIR_B,
};

export interface TrustWorld {
  authz: AuthzWorld;
  users: Record<TrustCaller, TestUser | AuthUser>;
  /** Path parameters for pair A's objects and for pair B's (same names, so routes take either). */
  idsA: Record<string, string>;
  idsB: Record<string, string>;
  text: Record<Marker, string>;
  /** Pair A's marked session and its action item, pair B's likewise. */
  sessionA: string;
  sessionB: string;
  itemA: string;
  itemB: string;
  goalA: string;
  goalB: string;
}

async function must(app: App, user: AuthUser, request: Parameters<typeof injectAs>[2]) {
  const response = await injectAs(app, user, request);
  if (response.statusCode >= 300) throw new Error(`${request.method} ${request.url}: ${response.body}`);
  return response.json();
}

/**
 * The authorization matrix's world (two live pairs in one program, surveys, events, a free
 * actor) with marked texts on both pairs: mentor A's private note (written as a draft, then
 * edited, so the audit log has an edit too), shared summaries, action items, reflections, goals.
 */
export async function buildTrustWorld(ctx: TestContext): Promise<TrustWorld> {
  const { app } = ctx;
  const authz = await buildAuthzWorld(ctx);
  const u = authz.world.users;
  const mentorB: AuthUser = { id: authz.sibling.mentorId as string, isAdmin: false };
  const actorB: AuthUser = { id: authz.sibling.userId as string, isAdmin: false };
  const freeActor: AuthUser = { id: authz.ids.freeActorId as string, isAdmin: false };
  const text = markers();
  const heldAt = new Date(ctx.clock().getTime() - 2 * 86_400_000).toISOString();

  const log = (mentor: AuthUser, matchId: string, note: string, summary: string, item: string) =>
    must(app, mentor, {
      method: 'POST',
      url: `/api/matches/${matchId}/sessions`,
      payload: {
        heldAt,
        durationMinutes: 50,
        format: 'in_person',
        topics: ['talous'],
        sharedSummary: summary,
        privateNote: note,
        actionItems: [{ text: item, owner: 'actor' }],
      },
    });
  const sessionA = await log(
    u.mentor,
    authz.ids.matchId as string,
    text.noteADraft,
    text.summaryA,
    text.itemA,
  );
  await must(app, u.mentor, {
    method: 'PATCH',
    url: `/api/sessions/${sessionA.id}`,
    payload: { privateNote: text.noteA },
  });
  const sessionB = await log(mentorB, authz.sibling.matchId as string, text.noteB, text.summaryB, text.itemB);
  const reflect = (actor: AuthUser, sessionId: string, reflection: string) =>
    must(app, actor, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/reflection`,
      payload: { reflection },
    });
  await reflect(u.actor, sessionA.id, text.reflectionA);
  await reflect(actorB, sessionB.id, text.reflectionB);
  const goal = (actor: AuthUser, matchId: string, title: string) =>
    must(app, actor, { method: 'POST', url: `/api/matches/${matchId}/goals`, payload: { title } });
  const goalA = await goal(u.actor, authz.ids.matchId as string, text.goalA);
  const goalB = await goal(actorB, authz.sibling.matchId as string, text.goalB);
  await must(app, u.mentor, {
    method: 'PATCH',
    url: `/api/goals/${goalA.id}`,
    payload: { mentorComment: text.commentA },
  });
  // The unmatched actor's wish: whom an actor would like is theirs and the coordinators'.
  await must(app, freeActor, {
    method: 'PUT',
    url: `/api/programs/${authz.world.program.id}/wishes`,
    payload: { mentorIds: [mentorB.id] },
  });
  // The actors' closing reflections; the pairs stay active until a mentor or coordinator closes.
  const closing = (actor: AuthUser, matchId: string, reflection: string) =>
    must(app, actor, {
      method: 'POST',
      url: `/api/matches/${matchId}/close`,
      payload: { outcome: 'completed', reflection },
    });
  await closing(u.actor, authz.ids.matchId as string, text.closingA);
  await closing(actorB, authz.sibling.matchId as string, text.closingB);

  const idsA = { ...authz.ids, sessionId: sessionA.id, itemId: sessionA.actionItems[0].id, goalId: goalA.id };
  const idsB = {
    ...authz.ids,
    matchId: authz.sibling.matchId as string,
    mentorId: mentorB.id,
    userId: actorB.id,
    bookingId: authz.sibling.bookingId as string,
    sessionId: sessionB.id,
    itemId: sessionB.actionItems[0].id,
    goalId: goalB.id,
  };
  return {
    authz,
    users: {
      mentorA: u.mentor,
      actorA: u.actor,
      mentorB,
      actorB,
      freeActor,
      coordinator: u.coordinator,
      otherCoordinator: u.otherCoordinator,
      admin: u.admin,
      outsider: u.outsider,
    },
    idsA,
    idsB,
    text,
    sessionA: sessionA.id,
    sessionB: sessionB.id,
    itemA: idsA.itemId,
    itemB: idsB.itemId,
    goalA: goalA.id,
    goalB: goalB.id,
  };
}
