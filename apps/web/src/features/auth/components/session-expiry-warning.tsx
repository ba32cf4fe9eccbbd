import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { refreshAccessToken } from '../../../lib/api-client.ts';
import { logout } from '../api/logout.ts';
import { useIdleTimeout } from '../use-idle-timeout.ts';

// The dialog (react-aria's Modal and focus scope) is a chunk of its own, fetched a while after
// signing in: neither the login page nor the first signed-in page waits for it, and it is there
// when the warning is due. Should it fail to load even then, the warning is skipped, not the page.
const PRELOAD_AFTER_MS = 20_000;
const loadDialog = () => import('./session-expiry-dialog.tsx');
type DialogProps = Parameters<typeof import('./session-expiry-dialog.tsx').SessionExpiryDialog>[0];
const SessionExpiryDialog = lazy(() =>
  loadDialog().then(
    (m): { default: (props: DialogProps) => ReactNode } => ({ default: m.SessionExpiryDialog }),
    () => ({ default: () => null }),
  ),
);

/**
 * Signs out an unattended session after a while without use, and warns first: a dialog offers to
 * stay signed in (which also renews the session with the server) or to sign out now.
 */
export function SessionExpiryWarning() {
  const { deadline, stay } = useIdleTimeout(() => void logout('idle'));

  useEffect(() => {
    const preload = setTimeout(() => void loadDialog().catch(() => undefined), PRELOAD_AFTER_MS);
    return () => clearTimeout(preload);
  }, []);

  if (deadline === null) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiryDialog
        deadline={deadline}
        onStay={() => {
          stay();
          // A failed renewal (the session already ended elsewhere) signs out through the session store.
          refreshAccessToken().catch(() => undefined);
        }}
        onSignOut={() => void logout()}
      />
    </Suspense>
  );
}
