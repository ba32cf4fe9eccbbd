import { PasswordResetBody, PasswordResetRequestBody, Problem, TokenParams } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PasswordResetService } from './password-reset.service.ts';

export const passwordResetRoutes: FastifyPluginAsyncZod<{ passwordReset: PasswordResetService }> = async (
  app,
  { passwordReset },
) => {
  app.post(
    '/password-reset',
    {
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Email a password reset link (the same answer whether or not the account exists)',
        body: PasswordResetRequestBody,
        response: { 202: z.object({ message: z.string() }), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await passwordReset.request(request.body.email);
      return reply
        .status(202)
        .send({ message: 'If an account exists for this email, a reset link has been sent.' });
    },
  );

  app.post(
    '/password-reset/:token',
    {
      config: { rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset link; signs out every session',
        params: TokenParams,
        body: PasswordResetBody,
        response: { 204: z.null(), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      await passwordReset.reset(request.params.token, request.body.password);
      return reply.status(204).send(null);
    },
  );
};
