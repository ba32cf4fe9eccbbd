import { ChangePasswordBody, Me, Problem, Session, UpdateMeBody } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { startSession } from '../auth/session.ts';
import type { MeService } from './me.service.ts';

const security = [{ bearer: [] }];

export const meRoutes: FastifyPluginAsyncZod<{ me: MeService }> = async (app, { me }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['me'],
        summary: 'The signed-in user and their program memberships',
        security,
        response: { 200: Me, 401: Problem },
      },
    },
    async (request) => me.get(request.user.id),
  );

  app.patch(
    '',
    {
      schema: {
        tags: ['me'],
        summary: 'Change my name or language',
        security,
        body: UpdateMeBody,
        response: { 200: Me, 400: Problem, 401: Problem },
      },
    },
    async (request) => me.update(request.user.id, request.body),
  );

  app.post(
    '/password',
    {
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags: ['me'],
        summary: 'Change my password; signs out every other session and starts a new one here',
        security,
        body: ChangePasswordBody,
        response: { 200: Session, 400: Problem, 401: Problem },
      },
    },
    async (request, reply) => {
      const { currentPassword, newPassword } = request.body;
      const { user, refreshToken } = await me.changePassword(request.user.id, currentPassword, newPassword);
      return startSession(app, reply, user, refreshToken);
    },
  );
};
