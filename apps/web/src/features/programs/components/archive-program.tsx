import type { ProgramDetail } from '@mentoring/contracts';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useUpdateProgram } from '../api/update-program.ts';

/**
 * Archiving makes the program read-only for everyone, so it asks first. Only an administrator can
 * reopen an archived program.
 */
export function ArchiveProgram({ program, canReopen }: { program: ProgramDetail; canReopen: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateProgram(program.id);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<'archived' | 'reopened' | null>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);

  // The button that was pressed is gone once the state flips; focus goes to the confirmation instead.
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  function failure(cause: unknown) {
    return cause instanceof ApiError && cause.isNetworkError ? t('errors.network') : t('errors.generic');
  }

  function archive() {
    if (update.isPending) return;
    setError(null);
    update.mutate(
      { archived: true },
      {
        onSuccess: () => {
          setConfirming(false);
          setDone('archived');
        },
        onError: (cause) => setError(failure(cause)),
      },
    );
  }

  function reopen() {
    if (update.isPending) return;
    setError(null);
    update.mutate(
      { archived: false },
      { onSuccess: () => setDone('reopened'), onError: (cause) => setError(failure(cause)) },
    );
  }

  return (
    <>
      <div role="status" className="status-region">
        {done ? (
          <p ref={doneRef} tabIndex={-1} className="alert alert-success">
            {done === 'archived' ? t('programSettings.archivedDone') : t('programSettings.reopenedDone')}
          </p>
        ) : null}
      </div>
      {program.archived ? (
        <>
          <p>{t('programSettings.isArchived')}</p>
          {canReopen ? (
            <>
              {error ? (
                <p className="alert alert-error" role="alert">
                  {error}
                </p>
              ) : null}
              <Button className="button button-secondary" onPress={reopen}>
                {t('programSettings.reopen')}
              </Button>
            </>
          ) : null}
        </>
      ) : (
        <>
          <p>{t('programSettings.archiveLead')}</p>
          <Button className="button button-danger-outline" onPress={() => setConfirming(true)}>
            {t('programSettings.archive')}
          </Button>
          <ConfirmDialog
            isOpen={confirming}
            onOpenChange={(open) => {
              setConfirming(open);
              if (!open) setError(null);
            }}
            title={t('programSettings.archiveConfirmTitle', { name: program.name })}
            confirmLabel={t('programSettings.archiveConfirm')}
            cancelLabel={t('common.cancel')}
            onConfirm={archive}
            isPending={update.isPending}
            error={error}
          >
            <p>{t('programSettings.archiveConfirmText')}</p>
          </ConfirmDialog>
        </>
      )}
    </>
  );
}
