import { z } from 'zod';
import { Email } from './common.ts';
import { User } from './users.ts';

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** Answer to login and refresh: a short-lived access token; the refresh token travels as a cookie. */
export const Session = z.object({
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int(),
  user: User,
});
export type Session = z.infer<typeof Session>;
