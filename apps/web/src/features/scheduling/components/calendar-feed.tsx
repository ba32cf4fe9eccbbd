import { useId, useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import {
  type CalendarFeed as Feed,
  useCreateCalendarFeed,
  useRevokeCalendarFeed,
} from '../api/calendar-feed.ts';
import { schedulingErrorMessage } from '../errors.ts';

/**
 * The personal calendar feed: a secret address a calendar app subscribes to. The address is shown
 * only when made (the server keeps just its hash), so "make a new address" also rotates it.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const headingId = useId();
  const [feed, setFeed] = useState<Feed | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Subscribed calendars stop updating at once, so switching the address off is confirmed first.
  const [confirmingRevoke, setConfirmingRevoke] = useState(false);
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const failed = create.error ?? revoke.error;

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('scheduling.feed.copied'));
    } catch {
      setMessage(t('scheduling.feed.copyFailed'));
    }
  }

  return (
    <section aria-labelledby={headingId} className="section card calendar-feed">
      <h2 id={headingId}>{t('scheduling.feed.title')}</h2>
      <p>{t('scheduling.feed.lead')}</p>
      {feed ? (
        <>
          <TextField className="field" value={feed.url} isReadOnly>
            <Label className="field-label">{t('scheduling.feed.url')}</Label>
            <Input className="input input-mono" />
          </TextField>
          <p className="page-actions">
            <Button className="button button-secondary button-small" onPress={() => void copy(feed.url)}>
              {t('scheduling.feed.copy')}
            </Button>
            <a href={feed.webcalUrl}>{t('scheduling.feed.subscribe')}</a>
          </p>
        </>
      ) : null}
      <div className="page-actions">
        <Button
          className="button button-secondary"
          isDisabled={create.isPending}
          onPress={() =>
            create.mutate(undefined, {
              onSuccess: (made) => {
                setFeed(made);
                setMessage(t(feed ? 'scheduling.feed.rotated' : 'scheduling.feed.created'));
              },
            })
          }
        >
          {feed ? t('scheduling.feed.rotate') : t('scheduling.feed.create')}
        </Button>
        <Button
          className="button button-danger-outline"
          isDisabled={revoke.isPending}
          onPress={() => setConfirmingRevoke(true)}
        >
          {t('scheduling.feed.revoke')}
        </Button>
      </div>
      <ConfirmDialog
        isOpen={confirmingRevoke}
        onOpenChange={setConfirmingRevoke}
        title={t('scheduling.feed.revokeTitle')}
        confirmLabel={t('scheduling.feed.revoke')}
        cancelLabel={t('common.cancel')}
        isPending={revoke.isPending}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setFeed(null);
              setMessage(t('scheduling.feed.revoked'));
            },
            onSettled: () => setConfirmingRevoke(false),
          })
        }
      >
        <p>{t('scheduling.feed.revokeText')}</p>
      </ConfirmDialog>
      <p className="field-hint">{t('scheduling.feed.hint')}</p>
      <div role="status" className="status-region">
        {message ? <p className="alert alert-success">{message}</p> : null}
      </div>
      <div role="alert" className="status-region">
        {failed ? <p className="alert alert-error">{schedulingErrorMessage(failed, t)}</p> : null}
      </div>
    </section>
  );
}
