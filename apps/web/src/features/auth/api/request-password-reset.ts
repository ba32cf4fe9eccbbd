import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Always 202, whether or not the account exists, so the answer reveals nothing about who has one. */
export function requestPasswordReset(email: string): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/password-reset', { email }, { auth: false });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
