import type { Session } from '@mentoring/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ACCESS_TOKEN_SECONDS } from '../../plugins/auth.ts';
import type { UserRow } from './auth.service.ts';
import { REFRESH_TOKEN_DAYS } from './refresh-tokens.ts';

export const REFRESH_COOKIE = 'mentoring_refresh';
const COOKIE_PATH = '/api/auth';

/** The public shape of a user: an allow-list, so a new column never leaks by accident. */
export function toUser(user: UserRow) {
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, isAdmin: user.isAdmin };
}

/** Sets the refresh cookie and returns the session body with a new access token. */
export function startSession(
  app: FastifyInstance,
  reply: FastifyReply,
  user: UserRow,
  refreshToken: string,
): Session {
  reply.setCookie(REFRESH_COOKIE, refreshToken, {
    httpOnly: true,
    secure: true,
    sameSite: 'strict',
    path: COOKIE_PATH,
    maxAge: REFRESH_TOKEN_DAYS * 86_400,
  });
  return {
    accessToken: app.signAccessToken({ id: user.id, isAdmin: user.isAdmin }),
    expiresIn: ACCESS_TOKEN_SECONDS,
    user: toUser(user),
  };
}

export function endSession(reply: FastifyReply): void {
  reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH, httpOnly: true, secure: true, sameSite: 'strict' });
}
