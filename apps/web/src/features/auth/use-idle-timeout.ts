import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The API keeps a session alive for as long as a tab keeps refreshing it (a 15-minute access token,
 * a refresh token that slides 14 days on every use), so an open tab left on a shared computer would
 * stay signed in for ever. The app ends it instead after this long without use.
 */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
/** How long before that the warning appears: time to read it and answer (WCAG 2.2.1 asks for 20 s). */
export const IDLE_WARNING_MS = 2 * 60_000;

/** The last use of the app in any of this browser's tabs, so a busy tab keeps the others signed in. */
const ACTIVITY_KEY = 'mentoring.activity';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
/** Tabs share activity at most this often: storage writes on every key press would be wasteful. */
const SHARE_EVERY_MS = 15_000;

function sharedActivity(): number {
  try {
    return Number(localStorage.getItem(ACTIVITY_KEY)) || 0;
  } catch {
    return 0;
  }
}

function shareActivity(at: number): void {
  try {
    localStorage.setItem(ACTIVITY_KEY, String(at));
  } catch {
    // Storage blocked: each tab then counts only its own activity.
  }
}

export interface IdleTimeout {
  /** When the session ends (ms since the epoch) while the warning is due; null otherwise. */
  deadline: number | null;
  /** The user is here: count it as activity and hide the warning. */
  stay: () => void;
}

/**
 * Watches for use of the app (pointer, keys, scrolling) and calls `onTimeout` after
 * IDLE_TIMEOUT_MS without any; from IDLE_WARNING_MS before that, `deadline` is set so a warning
 * can be shown. While the warning is up, only an answer to it (or use of another tab) counts.
 */
export function useIdleTimeout(onTimeout: () => void): IdleTimeout {
  const [deadline, setDeadline] = useState<number | null>(null);
  const lastActivity = useRef(Date.now());
  const lastShared = useRef(0);
  const warning = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;

  // Compares the clock with the last activity (a sleeping laptop wakes up late: the clock decides).
  const check = useCallback(() => {
    clearTimeout(timer.current);
    const now = Date.now();
    const end = Math.max(lastActivity.current, sharedActivity()) + IDLE_TIMEOUT_MS;
    if (now >= end) {
      warning.current = false;
      setDeadline(null);
      timeout.current();
    } else if (now >= end - IDLE_WARNING_MS) {
      warning.current = true;
      setDeadline(end);
      timer.current = setTimeout(check, end - now);
    } else {
      warning.current = false;
      setDeadline(null);
      timer.current = setTimeout(check, end - IDLE_WARNING_MS - now);
    }
  }, []);

  const record = useCallback((force: boolean) => {
    const now = Date.now();
    lastActivity.current = now;
    if (force || now - lastShared.current >= SHARE_EVERY_MS) {
      lastShared.current = now;
      shareActivity(now);
    }
  }, []);

  const stay = useCallback(() => {
    record(true);
    check();
  }, [record, check]);

  useEffect(() => {
    record(true);
    check();
    const onActivity = () => {
      if (!warning.current) record(false);
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === ACTIVITY_KEY && warning.current) check();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, onActivity, { passive: true, capture: true });
    window.addEventListener('storage', onStorage);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer.current);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, onActivity, { capture: true });
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [record, check]);

  return { deadline, stay };
}
