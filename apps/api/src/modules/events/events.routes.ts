import {
  AttendanceImportBody,
  AttendanceImportResult,
  AttendanceList,
  CreateEventBody,
  Event,
  EventExternalParams,
  EventIdParams,
  EventsQuery,
  EventUserParams,
  ExternalAttendeeBody,
  GroupIdParams,
  Problem,
  ProgramIdParams,
  SupervisionGroup,
  SupervisionGroupBody,
  UpdateEventBody,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AttendanceService } from './attendance.service.ts';
import type { EventsService } from './events.service.ts';
import type { SupervisionGroupsService } from './supervision-groups.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Events, sign-ups, attendance and supervision groups. */
export const eventRoutes: FastifyPluginAsyncZod<{
  events: EventsService;
  attendance: AttendanceService;
  groups: SupervisionGroupsService;
}> = async (app, { events, attendance, groups }) => {
  const tags = ['events'];
  const schema = <T extends object>(summary: string, rest: T) => ({ tags, security, summary, ...rest });

  app.get(
    '/events',
    {
      schema: schema('Events of a program, or all the caller may see', {
        querystring: EventsQuery,
        response: { 200: z.array(Event), ...errors },
      }),
    },
    async (request) => events.list(request.user, request.query),
  );
  app.post(
    '/events',
    {
      schema: schema('Create an event (coordinators; administrators for organisation events)', {
        body: CreateEventBody,
        response: { 201: Event, ...errors },
      }),
    },
    async (request, reply) => reply.status(201).send(await events.create(request.user, request.body)),
  );
  app.get(
    '/events/:eventId',
    { schema: schema('One event', { params: EventIdParams, response: { 200: Event, ...errors } }) },
    async (request) => events.get(request.user, request.params.eventId),
  );
  app.patch(
    '/events/:eventId',
    {
      schema: schema('Change an event', {
        params: EventIdParams,
        body: UpdateEventBody,
        response: { 200: Event, ...errors },
      }),
    },
    async (request) => events.update(request.user, request.params.eventId, request.body),
  );
  app.delete(
    '/events/:eventId',
    {
      schema: schema('Delete an event with its sign-ups and attendance', {
        params: EventIdParams,
        response: { 204: z.null(), ...errors },
      }),
    },
    async (request, reply) => {
      await events.remove(request.user, request.params.eventId);
      return reply.status(204).send(null);
    },
  );
  app.put(
    '/events/:eventId/registration',
    {
      schema: schema('Sign up for an event', { params: EventIdParams, response: { 200: Event, ...errors } }),
    },
    async (request) => events.register(request.user, request.params.eventId),
  );
  app.delete(
    '/events/:eventId/registration',
    { schema: schema('Withdraw a sign-up', { params: EventIdParams, response: { 200: Event, ...errors } }) },
    async (request) => events.unregister(request.user, request.params.eventId),
  );
  app.get(
    '/events/:eventId/attendance',
    {
      schema: schema('The check-list: sign-ups, attendance and members (coordinators)', {
        params: EventIdParams,
        response: { 200: AttendanceList, ...errors },
      }),
    },
    async (request) => attendance.list(request.user, request.params.eventId),
  );
  app.put(
    '/events/:eventId/attendance/users/:userId',
    {
      schema: schema('Mark a member present', {
        params: EventUserParams,
        response: { 204: z.null(), ...errors },
      }),
    },
    async (request, reply) => {
      await attendance.markUser(request.user, request.params.eventId, request.params.userId, true);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/events/:eventId/attendance/users/:userId',
    {
      schema: schema('Unmark a member', { params: EventUserParams, response: { 204: z.null(), ...errors } }),
    },
    async (request, reply) => {
      await attendance.markUser(request.user, request.params.eventId, request.params.userId, false);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/events/:eventId/attendance/external',
    {
      schema: schema('Record an attendee without an account', {
        params: EventIdParams,
        body: ExternalAttendeeBody,
        response: { 201: z.object({ personId: z.uuid() }), ...errors },
      }),
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ personId: await attendance.addExternal(request.user, request.params.eventId, request.body) }),
  );
  app.delete(
    '/events/:eventId/attendance/external/:personId',
    {
      schema: schema('Remove an external attendee from the event', {
        params: EventExternalParams,
        response: { 204: z.null(), ...errors },
      }),
    },
    async (request, reply) => {
      await attendance.removeExternal(request.user, request.params.eventId, request.params.personId);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/events/:eventId/attendance/import',
    {
      schema: schema('Import a sign-in sheet (CSV: name, email, student)', {
        params: EventIdParams,
        body: AttendanceImportBody,
        response: { 200: AttendanceImportResult, ...errors },
      }),
    },
    async (request) => attendance.importCsv(request.user, request.params.eventId, request.body.csv),
  );

  app.get(
    '/programs/:programId/supervision-groups',
    {
      schema: schema("The program's supervision groups", {
        params: ProgramIdParams,
        response: { 200: z.array(SupervisionGroup), ...errors },
      }),
    },
    async (request) => groups.list(request.user, request.params.programId),
  );
  app.post(
    '/programs/:programId/supervision-groups',
    {
      schema: schema('Create a supervision group', {
        params: ProgramIdParams,
        body: SupervisionGroupBody,
        response: { 201: SupervisionGroup, ...errors },
      }),
    },
    async (request, reply) =>
      reply.status(201).send(await groups.create(request.user, request.params.programId, request.body)),
  );
  app.put(
    '/supervision-groups/:groupId',
    {
      schema: schema('Rename a group and set its members', {
        params: GroupIdParams,
        body: SupervisionGroupBody,
        response: { 200: SupervisionGroup, ...errors },
      }),
    },
    async (request) => groups.update(request.user, request.params.groupId, request.body),
  );
  app.delete(
    '/supervision-groups/:groupId',
    {
      schema: schema('Delete a supervision group', {
        params: GroupIdParams,
        response: { 204: z.null(), ...errors },
      }),
    },
    async (request, reply) => {
      await groups.remove(request.user, request.params.groupId);
      return reply.status(204).send(null);
    },
  );
};
