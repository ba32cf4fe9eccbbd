import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { unauthenticated } from '../lib/app-error.ts';

export interface AuthUser {
  id: string;
  isAdmin: boolean;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: { sub: string; adm: boolean };
    user: AuthUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook for a scope whose every route needs a signed-in user. */
    requireUser: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    signAccessToken: (user: AuthUser) => string;
  }
}

export const ACCESS_TOKEN_SECONDS = 15 * 60;

/**
 * Access tokens: HS256 only (pinned on verify, so `alg: none` or RS/HS confusion is refused),
 * 15 minutes, stateless so any API process can check them.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, options: { secret: string }) => {
    await app.register(cookie);
    await app.register(jwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_SECONDS },
      // Verified tokens are cached (by the whole token, until it expires): a signed-in page asks
      // several things at once, and the HMAC and JSON parse need not repeat for each.
      verify: { algorithms: ['HS256'], cache: true },
      formatUser: (payload) => ({ id: payload.sub, isAdmin: payload.adm === true }),
    });
    app.decorate('signAccessToken', (user: AuthUser) => app.jwt.sign({ sub: user.id, adm: user.isAdmin }));
    app.decorate('requireUser', async (request: FastifyRequest) => {
      try {
        await request.jwtVerify();
      } catch {
        throw unauthenticated();
      }
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);
