import {
  ImportQuery,
  ImportReport,
  Participant,
  ParticipantParams,
  ParticipantsQuery,
  Problem,
  ProgramIdParams,
  PutTagsBody,
  Tag,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ImportsService } from '../imports/imports.service.ts';
import type { TagsService } from '../tags/tags.service.ts';
import type { ParticipantsService } from './participants.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Routes under /api/programs/:programId that concern its people and vocabulary. */
export const programPeopleRoutes: FastifyPluginAsyncZod<{
  participants: ParticipantsService;
  imports: ImportsService;
  tags: TagsService;
}> = async (app, { participants, imports, tags }) => {
  // Coordinators upload the file as it is; Excel exports are text/csv (or text/plain).
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/:programId/participants',
    {
      schema: {
        tags: ['participants'],
        security,
        summary: 'People in the program, with the profiles the caller may see',
        params: ProgramIdParams,
        querystring: ParticipantsQuery,
        response: { 200: z.array(Participant), ...errors },
      },
    },
    async (request) => participants.list(request.user, request.params.programId, request.query.role),
  );

  app.delete(
    '/:programId/participants/:userId',
    {
      schema: {
        tags: ['participants'],
        security,
        summary: 'Remove a participant (their history stays; access ends)',
        params: ParticipantParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await participants.remove(request.user, request.params.programId, request.params.userId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/:programId/imports/participants',
    {
      schema: {
        tags: ['participants'],
        security,
        summary: 'Import participants from CSV (name, email, role); ?dryRun=true previews',
        params: ProgramIdParams,
        querystring: ImportQuery,
        body: z.string().max(1_000_000),
        consumes: ['text/csv'],
        response: { 200: ImportReport, ...errors },
      },
    },
    async (request) =>
      imports.importParticipants(
        request.user,
        request.params.programId,
        request.body,
        request.query.dryRun === 'true',
      ),
  );

  app.get(
    '/:programId/tags',
    {
      schema: {
        tags: ['tags'],
        security,
        summary: "The program's vocabulary of sectors and topics, in Finnish and English",
        params: ProgramIdParams,
        response: { 200: z.array(Tag), ...errors },
      },
    },
    async (request) => tags.get(request.user, request.params.programId),
  );

  app.put(
    '/:programId/tags',
    {
      schema: {
        tags: ['tags'],
        security,
        summary: 'Replace the vocabulary (coordinators)',
        params: ProgramIdParams,
        body: PutTagsBody,
        response: { 200: z.array(Tag), ...errors },
      },
    },
    async (request) => tags.put(request.user, request.params.programId, request.body.tags),
  );
};
