import type { ChangePasswordBody, Session } from '@mentoring/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { startSession } from '../session-store.ts';

/** The server signs out every other session and answers with a fresh one for this tab. */
export function changePassword(body: ChangePasswordBody): Promise<Session> {
  return api.post<Session>('/api/me/password', body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword, onSuccess: startSession });
}

export { PASSWORD_MIN_LENGTH } from '../../../lib/password.ts';
