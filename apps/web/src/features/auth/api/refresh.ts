import type { Session } from '@mentoring/contracts';
import { api } from '../../../lib/api-client.ts';

/** Exchanges the HttpOnly refresh cookie for a new session; the server rotates the cookie. */
export function requestRefresh(): Promise<Session> {
  return api.post<Session>('/api/auth/refresh', undefined, { auth: false });
}
