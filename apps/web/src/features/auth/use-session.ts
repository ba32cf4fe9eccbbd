import type { User } from '@mentoring/contracts';
import { useSyncExternalStore } from 'react';
import { type SessionState, sessionStore } from './session-store.ts';

export function useSession(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getState, sessionStore.getState);
}

/** The signed-in user; only for components rendered behind the sign-in guard. */
export function useSignedInUser(): User {
  const session = useSession();
  if (session.status !== 'signed-in') throw new Error('useSignedInUser outside a signed-in route');
  return session.user;
}
