import { Problem, ProgramIdParams, PutWishesBody, Wishes } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WishesService } from './wishes.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const wishRoutes: FastifyPluginAsyncZod<{ wishes: WishesService }> = async (app, { wishes }) => {
  app.get(
    '/:programId/wishes',
    {
      schema: {
        tags: ['matching'],
        security,
        summary: "Mentor wishes: an actor's own, or every actor's for coordinators",
        params: ProgramIdParams,
        response: { 200: z.array(Wishes), ...errors },
      },
    },
    async (request) => wishes.list(request.user, request.params.programId),
  );

  app.put(
    '/:programId/wishes',
    {
      schema: {
        tags: ['matching'],
        security,
        summary: 'Rank up to three mentors you wish for (actors)',
        params: ProgramIdParams,
        body: PutWishesBody,
        response: { 200: Wishes, ...errors },
      },
    },
    async (request) => wishes.put(request.user, request.params.programId, request.body.mentorIds),
  );
};
