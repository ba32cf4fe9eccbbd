import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { startSession } from '../../features/auth/session-store.ts';
import { useSession } from '../../features/auth/use-session.ts';
import { updateMe } from '../../features/me/api/update-me.ts';
import type { AcceptedInvitation } from '../../features/people/api/accept-invitation.ts';
import { useInvitationPreview } from '../../features/people/api/get-invitation-preview.ts';
import { AcceptInvitation } from '../../features/people/components/accept-invitation.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiError } from '../../lib/api-client.ts';

/**
 * `/invite/:token`, open to anyone. A new account is signed in at once; either way the person lands
 * on the program's page, welcomed.
 */
export function InviteRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const preview = useInvitationPreview(token);
  const notValid =
    preview.error instanceof ApiError && (preview.error.status === 404 || preview.error.status === 400);

  function onAccepted({ programId, session: newSession }: AcceptedInvitation) {
    if (newSession) {
      // A new account starts in the language its owner has been reading, not the server's default.
      const language = currentLanguage();
      const locale = newSession.user.locale;
      startSession({ ...newSession, user: { ...newSession.user, locale: language } });
      if (locale !== language) void updateMe({ locale: language }).catch(() => undefined);
    }
    // Memberships and program lists cached before joining are out of date now.
    void queryClient.invalidateQueries({ queryKey: ['me'] });
    void queryClient.invalidateQueries({ queryKey: ['programs'] });
    void navigate(`/programs/${programId}`, { state: { welcome: true } });
  }

  return (
    <div className="card login-card">
      <Page title={t('acceptInvite.title')}>
        {session.status === 'restoring' || preview.isPending ? <LoadingState /> : null}
        {notValid ? (
          <>
            <p className="alert alert-info" role="alert">
              {t('acceptInvite.notValid')}
            </p>
            <p>
              <Link to="/">{t('notFound.backHome')}</Link>
            </p>
          </>
        ) : null}
        {preview.isError && !notValid ? (
          <QueryError error={preview.error} onRetry={() => void preview.refetch()} />
        ) : null}
        {preview.isSuccess && session.status !== 'restoring' ? (
          <AcceptInvitation
            token={token}
            preview={preview.data}
            user={session.status === 'signed-in' ? session.user : null}
            onAccepted={onAccepted}
          />
        ) : null}
      </Page>
    </div>
  );
}
