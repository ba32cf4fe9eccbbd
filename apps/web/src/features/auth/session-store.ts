import type { Session, User } from '@mentoring/contracts';
import { ApiError, refreshAccessToken, setTokenSource } from '../../lib/api-client.ts';
import { requestRefresh } from './api/refresh.ts';

/** Why the user is signed out: shown on the login page. `idle`: signed out after a while without use. */
export type SignedOutReason = 'expired' | 'idle' | 'signed-out' | null;

export type SessionState =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; user: User };

/** Refresh this long before the access token expires, so requests never carry a stale one. */
const REFRESH_MARGIN_MS = 60_000;
const RETRY_AFTER_NETWORK_ERROR_MS = 30_000;

// The access token lives only in memory: never in storage, where injected script could read it.
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let state: SessionState = { status: 'restoring' };
let restoring: Promise<void> | null = null;
const listeners = new Set<() => void>();

/**
 * A non-secret hint that this browser may hold a refresh cookie. The cookie is HttpOnly, so script
 * cannot see it; without the hint every signed-out visit would start with a refresh bound to fail.
 */
const SESSION_HINT_KEY = 'mentoring.session';

function setSessionHint(present: boolean): void {
  try {
    if (present) localStorage.setItem(SESSION_HINT_KEY, '1');
    else localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage blocked: restoreSession then simply always tries.
  }
}

function mayHaveSession(): boolean {
  try {
    return localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

function setState(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const sessionStore = {
  getState: (): SessionState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Starts (or renews) the session from a login, refresh or password-change answer. */
export function startSession(session: Session): void {
  accessToken = session.accessToken;
  setSessionHint(true);
  scheduleRefresh(Math.max(session.expiresIn * 1000 - REFRESH_MARGIN_MS, 5_000));
  const previous = state;
  if (previous.status === 'signed-in' && previous.user.id === session.user.id) {
    setState({ status: 'signed-in', user: { ...previous.user, ...session.user } });
  } else {
    setState({ status: 'signed-in', user: session.user });
  }
}

export function endSession(reason: SignedOutReason): void {
  accessToken = null;
  setSessionHint(false);
  clearTimeout(refreshTimer);
  setState({ status: 'signed-out', reason });
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshAccessToken().catch(() => {
      // Offline for now: try again soon; a request that meets a 401 will also refresh on its own.
      if (state.status === 'signed-in') scheduleRefresh(RETRY_AFTER_NETWORK_ERROR_MS);
    });
  }, delayMs);
}

async function refreshSession(): Promise<string | null> {
  try {
    startSession(await requestRefresh());
    return accessToken;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      endSession(state.status === 'signed-in' ? 'expired' : null);
      return null;
    }
    throw error;
  }
}

/**
 * Other tabs of the app share the refresh cookie but not this memory. The hint in localStorage tells
 * them: signing out in one tab signs out the others; signing in in one lets the others restore.
 */
function followOtherTabs(event: StorageEvent): void {
  if (event.key !== SESSION_HINT_KEY && event.key !== null) return;
  const present = mayHaveSession();
  if (!present && state.status === 'signed-in') endSession('signed-out');
  else if (present && state.status === 'signed-out') refreshAccessToken().catch(() => undefined);
}

let listeningToOtherTabs = false;

/** Connects the API client to this session. Called once when the app starts (and by tests). */
export function connectSession(): void {
  setTokenSource({ getAccessToken: () => accessToken, refresh: refreshSession });
  if (!listeningToOtherTabs && typeof window !== 'undefined') {
    window.addEventListener('storage', followOtherTabs);
    listeningToOtherTabs = true;
  }
}

/**
 * On app start: the access token died with the previous page, but the refresh cookie may still be
 * valid. Idempotent, so React's double-invoked effects or a second caller do not refresh twice.
 */
export function restoreSession(): Promise<void> {
  if (!restoring && !mayHaveSession()) {
    endSession(null);
    restoring = Promise.resolve();
  }
  restoring ??= refreshAccessToken().then(
    () => undefined,
    () => {
      // The service is unreachable: show the login page, whose submit reports the network error.
      if (state.status === 'restoring') endSession(null);
    },
  );
  return restoring;
}

/** For tests: forget everything. */
export function resetSessionForTests(initial: SessionState = { status: 'signed-out', reason: null }): void {
  accessToken = null;
  clearTimeout(refreshTimer);
  restoring = null;
  state = initial;
}
