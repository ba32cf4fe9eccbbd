import type { ReactNode } from 'react';
import { type Location, Navigate, useLocation } from 'react-router';
import { LoadingState } from '../components/loading-state.tsx';
import { useSession } from '../features/auth/use-session.ts';

/** Only same-app paths: never an absolute or protocol-relative URL from history state. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: Partial<Location> } | null)?.from;
  const path = `${from?.pathname ?? ''}${from?.search ?? ''}${from?.hash ?? ''}`;
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/login')) return '/';
  return path;
}

/** Signed-in pages: wait for the session to be restored, else send to login and remember the way back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState fullPage />;
  if (session.status === 'signed-out') {
    // After a deliberate sign-out the next person should start from home, not from the last page.
    const state = session.reason === 'signed-out' ? undefined : { from: location };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** The login page: a signed-in visitor goes where they were heading (or home). */
export function PublicOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <LoadingState fullPage />;
  if (session.status === 'signed-in') return <Navigate to={returnPath(location.state)} replace />;
  return children;
}
