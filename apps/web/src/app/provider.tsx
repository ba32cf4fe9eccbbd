import { type QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionState } from '../features/auth/session-store.ts';
import { useSession } from '../features/auth/use-session.ts';
import { setLanguage } from '../i18n/index.ts';

/**
 * What follows a change of session: a sign-in applies the language saved in the user's profile;
 * a sign-out forgets every cached answer, so the next person sees none of them.
 */
function SessionEffects() {
  const session = useSession();
  const queryClient = useQueryClient();
  const previous = useRef<SessionState>({ status: 'restoring' });

  useEffect(() => {
    const before = previous.current;
    previous.current = session;
    if (session.status === 'signed-in' && before.status !== 'signed-in') {
      void setLanguage(session.user.locale);
    }
    if (session.status === 'signed-out' && before.status === 'signed-in') queryClient.clear();
  }, [session, queryClient]);

  return null;
}

/** react-aria's own strings and formats (menus, validation) follow the UI language. */
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.language}>{children}</I18nProvider>;
}

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SessionEffects />
      <AriaLocale>{children}</AriaLocale>
    </QueryClientProvider>
  );
}
