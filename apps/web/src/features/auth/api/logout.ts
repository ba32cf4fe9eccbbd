import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { endSession } from '../session-store.ts';

/**
 * Ends the session on the server (its refresh-token family) and here. `idle`: the app ended an
 * unattended session, and the login page says so.
 */
export async function logout(reason: 'signed-out' | 'idle' = 'signed-out'): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', undefined, { auth: false });
  } finally {
    // Even if the server could not be reached, this tab forgets the session.
    endSession(reason);
  }
}

export function useLogout() {
  return useMutation({ mutationFn: () => logout() });
}
