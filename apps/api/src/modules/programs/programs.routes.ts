import {
  CreateProgramBody,
  Problem,
  ProgramDetail,
  ProgramIdParams,
  ProgramSummary,
  UpdateProgramBody,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ProgramsService } from './programs.service.ts';

const security = [{ bearer: [] }];
const tags = ['programs'];

export const programRoutes: FastifyPluginAsyncZod<{ programs: ProgramsService }> = async (
  app,
  { programs },
) => {
  app.get(
    '',
    {
      schema: {
        tags,
        security,
        summary: 'Programs I belong to (admins: all)',
        response: { 200: z.array(ProgramSummary), 401: Problem },
      },
    },
    async (request) => programs.list(request.user),
  );

  app.post(
    '',
    {
      schema: {
        tags,
        security,
        summary: 'Create a program (admins); default phases are derived from the dates',
        body: CreateProgramBody,
        response: { 201: ProgramDetail, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request, reply) => reply.status(201).send(await programs.create(request.user, request.body)),
  );

  app.get(
    '/:programId',
    {
      schema: {
        tags,
        security,
        summary: 'One program with its phases and participant counts',
        params: ProgramIdParams,
        response: { 200: ProgramDetail, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => programs.get(request.user, request.params.programId),
  );

  app.patch(
    '/:programId',
    {
      schema: {
        tags,
        security,
        summary: 'Edit a program, replace its phases, or archive it (coordinators)',
        params: ProgramIdParams,
        body: UpdateProgramBody,
        response: {
          200: ProgramDetail,
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request) => programs.update(request.user, request.params.programId, request.body),
  );
};
