import { Problem, ProgramIdParams, ProgramSummary } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProgramsService } from './programs.service.ts';

export const programRoutes: FastifyPluginAsyncZod<{ programs: ProgramsService }> = async (
  app,
  { programs },
) => {
  app.get(
    '',
    {
      schema: {
        tags: ['programs'],
        summary: 'Programs I belong to (admins: all)',
        security: [{ bearer: [] }],
        response: { 200: z.array(ProgramSummary), 401: Problem },
      },
    },
    async (request) => programs.list(request.user),
  );

  app.get(
    '/:programId',
    {
      schema: {
        tags: ['programs'],
        summary: 'One program with participant counts',
        security: [{ bearer: [] }],
        params: ProgramIdParams,
        response: { 200: ProgramSummary, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => programs.get(request.user, request.params.programId),
  );
};
