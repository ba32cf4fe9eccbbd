import { LoginBody, Problem, Session } from '@mentoring/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuthService } from './auth.service.ts';
import { endSession, REFRESH_COOKIE, startSession } from './session.ts';

/**
 * Attempts per IP per minute on the credential routes (the per-account limit, 10 failures in 15
 * minutes, lives in the service). Generous on purpose: at a kick-off, a room of 30 people behind
 * one office or venue address signs in at once.
 */
export const LOGIN_RATE_PER_IP = 60;

export const authRoutes: FastifyPluginAsyncZod<{ auth: AuthService }> = async (app, { auth }) => {
  app.post(
    '/login',
    {
      config: { rateLimit: { max: LOGIN_RATE_PER_IP, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginBody,
        response: { 200: Session, 401: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const { user, refreshToken } = await auth.login(request.body.email, request.body.password);
      return startSession(app, reply, user, refreshToken);
    },
  );

  app.post(
    '/refresh',
    {
      config: { rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Exchange the refresh cookie for a new access token (rotates the cookie)',
        response: { 200: Session, 401: Problem },
      },
    },
    async (request, reply) => {
      try {
        const { user, refreshToken } = await auth.refresh(request.cookies[REFRESH_COOKIE]);
        return startSession(app, reply, user, refreshToken);
      } catch (error) {
        endSession(reply);
        throw error;
      }
    },
  );

  app.post(
    '/logout',
    {
      schema: { tags: ['auth'], summary: 'Sign out: ends this session family', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await auth.logout(request.cookies[REFRESH_COOKIE]);
      endSession(reply);
      return reply.status(204).send(null);
    },
  );
};
