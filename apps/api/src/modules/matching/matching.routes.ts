import {
  ConfirmMatchesBody,
  Match,
  MatchIdParams,
  Problem,
  ProgramIdParams,
  Suggestion,
  SuggestionRequest,
  UpdateMatchBody,
  Weights,
  WhyNotAnswer,
  WhyNotRequest,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MatchesService } from '../matches/matches.service.ts';
import type { MatchingService } from './matching.service.ts';

const security = [{ bearer: [] }];
const tags = ['matching'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const matchingRoutes: FastifyPluginAsyncZod<{
  matching: MatchingService;
  matches: MatchesService;
}> = async (app, { matching, matches }) => {
  app.post(
    '/programs/:programId/matching/suggestions',
    {
      schema: {
        tags,
        security,
        summary:
          'The optimal pairing now, with scores, reasons and a certificate; nothing is saved but the weights',
        params: ProgramIdParams,
        body: SuggestionRequest,
        response: { 200: Suggestion, ...errors },
      },
    },
    async (request) => matching.suggest(request.user, request.params.programId, request.body),
  );

  app.post(
    '/programs/:programId/matching/why-not',
    {
      schema: {
        tags,
        security,
        summary: 'Why an actor did not get a mentor, and what forcing the pair would cost',
        params: ProgramIdParams,
        body: WhyNotRequest,
        response: { 200: WhyNotAnswer, ...errors },
      },
    },
    async (request) => matching.whyNot(request.user, request.params.programId, request.body),
  );

  app.get(
    '/programs/:programId/matching/settings',
    {
      schema: {
        tags,
        security,
        summary: 'The weights and must-have criteria last used in this program',
        params: ProgramIdParams,
        response: {
          200: z.object({ weights: Weights, mustHave: z.record(z.string(), z.boolean()) }),
          ...errors,
        },
      },
    },
    async (request) => matching.settings(request.user, request.params.programId) as never,
  );

  app.post(
    '/programs/:programId/matches',
    {
      schema: {
        tags,
        security,
        summary: 'Confirm pairs (proposed), or confirm and publish them (active, both people emailed)',
        params: ProgramIdParams,
        body: ConfirmMatchesBody,
        response: { 201: z.array(Match), ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await matches.confirm(request.user, request.params.programId, request.body)),
  );

  app.get(
    '/programs/:programId/matches',
    {
      schema: {
        tags,
        security,
        summary: "The program's pairs: all for coordinators, your own for mentors and actors",
        params: ProgramIdParams,
        response: { 200: z.array(Match), ...errors },
      },
    },
    async (request) => matches.list(request.user, request.params.programId),
  );

  app.patch(
    '/matches/:matchId',
    {
      schema: {
        tags,
        security,
        summary: 'Publish, pause, complete or end a pair, or re-match the actor with another mentor',
        params: MatchIdParams,
        body: UpdateMatchBody,
        response: { 200: Match, ...errors },
      },
    },
    async (request) => matches.update(request.user, request.params.matchId, request.body),
  );
};
