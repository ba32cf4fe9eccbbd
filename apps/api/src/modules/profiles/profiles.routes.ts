import {
  Problem,
  ProfileQuery,
  ProfileUserParams,
  ProfileView,
  UpdateProfileBody,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ProfilesService } from './profiles.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const profileRoutes: FastifyPluginAsyncZod<{ profiles: ProfilesService }> = async (
  app,
  { profiles },
) => {
  app.get(
    '/me',
    {
      schema: {
        tags: ['profiles'],
        security,
        summary: 'My profile in a program',
        querystring: ProfileQuery,
        response: { 200: ProfileView, ...errors },
      },
    },
    async (request) => profiles.getMine(request.user, request.query.programId),
  );

  app.put(
    '/me',
    {
      schema: {
        tags: ['profiles'],
        security,
        summary: 'Save my profile in a program (mentors and actors)',
        querystring: ProfileQuery,
        body: UpdateProfileBody,
        response: { 200: ProfileView, ...errors },
      },
    },
    async (request) => profiles.putMine(request.user, request.query.programId, request.body),
  );

  app.get(
    '/:userId',
    {
      schema: {
        tags: ['profiles'],
        security,
        summary: "Someone's profile in a program, where the caller may see it",
        params: ProfileUserParams,
        querystring: ProfileQuery,
        response: { 200: ProfileView, ...errors },
      },
    },
    async (request) => profiles.get(request.user, request.query.programId, request.params.userId),
  );
};
