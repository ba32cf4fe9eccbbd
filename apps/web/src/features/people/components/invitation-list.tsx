import type { Invitation } from '@mentoring/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formatInstantDate } from '../../../lib/dates.ts';
import { useWithdrawInvitation } from '../api/withdraw-invitation.ts';

/** Every invitation with its status; an open one can be withdrawn (its link stops working). */
export function InvitationList({
  programId,
  invitations,
  canWithdraw,
}: {
  programId: string;
  invitations: readonly Invitation[];
  canWithdraw: boolean;
}) {
  const { t, i18n } = useTranslation();
  const withdraw = useWithdrawInvitation(programId);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // Withdrawing kills the emailed link, so it is confirmed first.
  const [withdrawing, setWithdrawing] = useState<Invitation | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  // The pressed button disappears with the row's new status; focus goes to the message instead.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  function onWithdraw(invitation: Invitation) {
    setMessage(null);
    setWithdrawing(null);
    withdraw.mutate(invitation.id, {
      onSuccess: () =>
        setMessage({ text: t('invitations.withdrawn', { name: invitation.name }), error: false }),
      onError: (error) =>
        setMessage({
          text:
            error instanceof ApiError && error.code === 'invitation_accepted'
              ? t('invitations.alreadyAccepted', { name: invitation.name })
              : t('errors.generic'),
          error: true,
        }),
    });
  }

  if (invitations.length === 0) return <p>{t('invitations.empty')}</p>;

  return (
    <>
      <div role="status" className="status-region">
        {message ? (
          <p
            ref={messageRef}
            tabIndex={-1}
            className={message.error ? 'alert alert-error' : 'alert alert-success'}
          >
            {message.text}
          </p>
        ) : null}
      </div>
      <table className="table table-stack">
        <caption className="visually-hidden">{t('invitations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invitations.columns.name')}</th>
            <th scope="col">{t('invitations.columns.email')}</th>
            <th scope="col">{t('invitations.columns.role')}</th>
            <th scope="col">{t('invitations.columns.status')}</th>
            <th scope="col">{t('invitations.columns.created')}</th>
            <th scope="col">{t('invitations.columns.expires')}</th>
            {canWithdraw ? (
              <th scope="col">
                <span className="visually-hidden">{t('participants.columns.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row" data-label={t('invitations.columns.name')}>
                {invitation.name}
              </th>
              <td data-label={t('invitations.columns.email')} className="cell-email">
                {invitation.email}
              </td>
              <td data-label={t('invitations.columns.role')}>{t(`roleNames.${invitation.role}`)}</td>
              <td data-label={t('invitations.columns.status')}>
                <span className={`badge badge-invitation-${invitation.status}`}>
                  {t(`invitations.status.${invitation.status}`)}
                </span>
              </td>
              <td data-label={t('invitations.columns.created')}>
                {formatInstantDate(invitation.createdAt, i18n.language)}
              </td>
              <td data-label={t('invitations.columns.expires')}>
                {formatInstantDate(invitation.expiresAt, i18n.language)}
              </td>
              {canWithdraw ? (
                <td className="cell-actions">
                  {invitation.status === 'open' ? (
                    <Button
                      className="button button-secondary button-small"
                      aria-label={t('invitations.withdrawNamed', { name: invitation.name })}
                      onPress={() => setWithdrawing(invitation)}
                      isDisabled={withdraw.isPending}
                    >
                      {t('invitations.withdraw')}
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog
        isOpen={withdrawing !== null}
        onOpenChange={(open) => {
          if (!open) setWithdrawing(null);
        }}
        title={t('invitations.withdrawTitle', { name: withdrawing?.name ?? '' })}
        confirmLabel={t('invitations.withdraw')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          if (withdrawing) onWithdraw(withdrawing);
        }}
        isPending={withdraw.isPending}
      >
        <p>{t('invitations.withdrawText', { email: withdrawing?.email ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
