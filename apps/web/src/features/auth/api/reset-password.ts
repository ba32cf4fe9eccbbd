import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/**
 * Sets a new password with the emailed link and signs out every session.
 * 400 `reset_link_not_valid` (expired or used) or `password_too_common`.
 */
export function resetPassword(token: string, password: string): Promise<void> {
  return api.post<void>(
    `/api/auth/password-reset/${encodeURIComponent(token)}`,
    { password },
    { auth: false },
  );
}

export function useResetPassword(token: string) {
  return useMutation({ mutationFn: (password: string) => resetPassword(token, password) });
}
