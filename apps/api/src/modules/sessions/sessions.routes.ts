import {
  ActionItem,
  CheckInBody,
  CloseMatchBody,
  CreateGoalBody,
  CreateSessionBody,
  Goal,
  GoalIdParams,
  ItemIdParams,
  MatchIdOnly,
  Problem,
  ProgramHealth,
  ProgramIdParams,
  ReflectionBody,
  SessionIdParams,
  SessionLog,
  UpdateActionItemBody,
  UpdateGoalBody,
  UpdateSessionBody,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ClosureService } from '../closure/closure.service.ts';
import type { GoalsService } from '../goals/goals.service.ts';
import type { HealthService } from '../health/health.service.ts';
import type { SessionsService } from './sessions.service.ts';

/** A pair's closing; coordinators get the reflections as null (they belong to the pair). */
const Closure = z.object({
  matchId: z.string(),
  status: z.string(),
  endedReason: z.string().nullable(),
  continueMeeting: z.boolean().nullable(),
  actorReflection: z.string().nullable(),
  mentorReflection: z.string().nullable(),
});

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Session logs, action items, goals, check-ins, closing a pair, and pair health. */
export const progressRoutes: FastifyPluginAsyncZod<{
  sessions: SessionsService;
  goals: GoalsService;
  health: HealthService;
  closure: ClosureService;
}> = async (app, { sessions, goals, health, closure }) => {
  const tags = ['sessions'];
  app.post(
    '/matches/:matchId/sessions',
    {
      schema: {
        tags,
        security,
        summary: 'Log a held meeting (the mentor of the pair)',
        params: MatchIdOnly,
        body: CreateSessionBody,
        response: { 201: SessionLog, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sessions.create(request.user, request.params.matchId, request.body)),
  );
  app.get(
    '/matches/:matchId/sessions',
    {
      schema: {
        tags,
        security,
        summary: "The pair's sessions, as the caller may see them",
        params: MatchIdOnly,
        response: { 200: z.array(SessionLog), ...errors },
      },
    },
    async (request) => sessions.list(request.user, request.params.matchId),
  );
  app.patch(
    '/sessions/:sessionId',
    {
      schema: {
        tags,
        security,
        summary: 'Edit a session log (its author)',
        params: SessionIdParams,
        body: UpdateSessionBody,
        response: { 200: SessionLog, ...errors },
      },
    },
    async (request) => sessions.update(request.user, request.params.sessionId, request.body),
  );
  app.post(
    '/sessions/:sessionId/reflection',
    {
      schema: {
        tags,
        security,
        summary: "The actor's reflection on a session",
        params: SessionIdParams,
        body: ReflectionBody,
        response: { 200: SessionLog, ...errors },
      },
    },
    async (request) => sessions.reflect(request.user, request.params.sessionId, request.body.reflection),
  );
  app.patch(
    '/action-items/:itemId',
    {
      schema: {
        tags,
        security,
        summary: 'Tick or edit an action item',
        params: ItemIdParams,
        body: UpdateActionItemBody,
        response: { 200: ActionItem, ...errors },
      },
    },
    async (request) => sessions.updateItem(request.user, request.params.itemId, request.body),
  );

  const goalTags = ['goals'];
  app.post(
    '/matches/:matchId/goals',
    {
      schema: {
        tags: goalTags,
        security,
        summary: 'Set a development goal (the actor; at most five)',
        params: MatchIdOnly,
        body: CreateGoalBody,
        response: { 201: Goal, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await goals.create(request.user, request.params.matchId, request.body)),
  );
  app.get(
    '/matches/:matchId/goals',
    {
      schema: {
        tags: goalTags,
        security,
        summary: "The pair's goals with their check-ins",
        params: MatchIdOnly,
        response: { 200: z.array(Goal), ...errors },
      },
    },
    async (request) => goals.list(request.user, request.params.matchId),
  );
  app.patch(
    '/goals/:goalId',
    {
      schema: {
        tags: goalTags,
        security,
        summary: 'Edit a goal (actor) or comment on it (mentor)',
        params: GoalIdParams,
        body: UpdateGoalBody,
        response: { 200: Goal, ...errors },
      },
    },
    async (request) => goals.update(request.user, request.params.goalId, request.body),
  );
  app.post(
    '/goals/:goalId/checkins',
    {
      schema: {
        tags: goalTags,
        security,
        summary: 'Rate progress 1-5 at a phase (actor; the mentor may add theirs)',
        params: GoalIdParams,
        body: CheckInBody,
        response: { 200: Goal, ...errors },
      },
    },
    async (request) => goals.checkIn(request.user, request.params.goalId, request.body),
  );

  app.post(
    '/matches/:matchId/close',
    {
      schema: {
        tags: ['matching'],
        security,
        summary:
          'Close a pair: closing reflections from both, then the mentor or a coordinator sets the outcome',
        params: MatchIdOnly,
        body: CloseMatchBody,
        response: { 200: Closure, ...errors },
      },
    },
    async (request) => closure.close(request.user, request.params.matchId, request.body),
  );

  app.get(
    '/matches/:matchId/closure',
    {
      schema: {
        tags: ['matching'],
        security,
        summary: "Where a pair's closing stands: status, outcome and the reflections given so far",
        params: MatchIdOnly,
        response: { 200: Closure, ...errors },
      },
    },
    async (request) => closure.get(request.user, request.params.matchId),
  );

  app.get(
    '/programs/:programId/health',
    {
      schema: {
        tags: ['health'],
        security,
        summary: 'Pair health: every pair with meetings, action items, progress and a state',
        params: ProgramIdParams,
        response: { 200: ProgramHealth, ...errors },
      },
    },
    async (request) => health.program(request.user, request.params.programId),
  );
};
