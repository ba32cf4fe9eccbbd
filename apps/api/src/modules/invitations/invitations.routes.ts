import {
  AcceptInvitationBody,
  CreatedInvitation,
  CreateInvitationBody,
  Invitation,
  InvitationIdParams,
  InvitationPreview,
  Problem,
  ProgramIdParams,
  Session,
  TokenParams,
} from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { unauthenticated } from '../../lib/app-error.ts';
import type { Clock } from '../../lib/clock.ts';
import { createRefreshTokens } from '../auth/refresh-tokens.ts';
import { startSession } from '../auth/session.ts';
import type { InvitationsService } from './invitations.service.ts';

const security = [{ bearer: [] }];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** Coordinator routes (signed-in scope). */
export const invitationRoutes: FastifyPluginAsyncZod<{ invitations: InvitationsService }> = async (
  app,
  { invitations },
) => {
  app.post(
    '/programs/:programId/invitations',
    {
      schema: {
        tags: ['invitations'],
        security,
        summary: 'Invite a person; replaces an open invitation of theirs. The link is returned once.',
        params: ProgramIdParams,
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await invitations.create(request.user, request.params.programId, request.body)),
  );

  app.get(
    '/programs/:programId/invitations',
    {
      schema: {
        tags: ['invitations'],
        security,
        summary: "The program's invitations, newest first",
        params: ProgramIdParams,
        response: { 200: z.array(Invitation), ...errors },
      },
    },
    async (request) => invitations.list(request.user, request.params.programId),
  );

  app.delete(
    '/invitations/:invitationId',
    {
      schema: {
        tags: ['invitations'],
        security,
        summary: 'Withdraw an invitation',
        params: InvitationIdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await invitations.revoke(request.user, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );
};

/** The invitee's routes: reachable without an account (public scope). */
export const invitationAcceptRoutes: FastifyPluginAsyncZod<{
  invitations: InvitationsService;
  clock: Clock;
}> = async (app, { invitations, clock }) => {
  const tokens = createRefreshTokens(app.db);

  app.get(
    '/invitations/:token',
    {
      // Per client address; a kick-off room of 30 behind one address opens and accepts at once.
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for (shown on the accept page)',
        params: TokenParams,
        response: { 200: InvitationPreview, 404: Problem },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  app.post(
    '/invitations/:token/accept',
    {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ['invitations'],
        summary:
          'Accept: signed in, joins your account; otherwise creates an account (name, password) and signs it in',
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: z.object({ programId: z.string(), session: Session.nullable() }), ...errors },
      },
    },
    async (request, reply) => {
      let signedIn = null;
      if (request.headers.authorization) {
        try {
          await request.jwtVerify();
          signedIn = request.user;
        } catch {
          throw unauthenticated();
        }
      }
      const { programId, newUser } = await invitations.accept(request.params.token, request.body, signedIn);
      if (!newUser) return { programId, session: null };
      const refreshToken = await tokens.start(newUser.id, clock());
      return { programId, session: startSession(app, reply, newUser, refreshToken) };
    },
  );
};
