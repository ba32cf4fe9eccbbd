import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { endSession } from '../session-store.ts';

/** Ends the session on the server (its refresh-token family) and here. */
export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout', undefined, { auth: false });
  } finally {
    // Even if the server could not be reached, this tab forgets the session.
    endSession('signed-out');
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
