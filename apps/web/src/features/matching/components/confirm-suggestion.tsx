import type { Suggestion } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useConfirmMatches } from '../api/confirm-matches.ts';
import { matchingErrorMessage } from '../errors.ts';

/**
 * Saves the suggestion: as proposed (only coordinators see it) or published (active at once, and
 * both people are emailed, after a confirmation).
 */
export function ConfirmSuggestion({
  programId,
  suggestion,
  isStale,
}: {
  programId: string;
  suggestion: Suggestion;
  /** A newer suggestion is being solved: wait for it before saving. */
  isStale: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const confirm = useConfirmMatches(programId);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [saved, setSaved] = useState<'proposed' | 'published' | null>(null);
  const pairs = suggestion.pairs.map(({ actorId, mentorId }) => ({ actorId, mentorId }));
  const count = pairs.length;

  const save = (publish: boolean) => {
    setSaved(null);
    confirm.mutate(
      { pairs, publish },
      {
        onSuccess: () => {
          setSaved(publish ? 'published' : 'proposed');
          setDialogOpen(false);
        },
      },
    );
  };
  const error = confirm.isError ? matchingErrorMessage(confirm.error, t) : null;

  return (
    <section aria-labelledby={headingId} className="card confirm-card">
      <h2 id={headingId}>{t('matching.confirm.title')}</h2>
      <p>{t('matching.confirm.lead', { count })}</p>
      <div className="page-actions">
        <Button
          className="button button-secondary"
          isDisabled={count === 0 || isStale}
          isPending={confirm.isPending && !dialogOpen}
          onPress={() => save(false)}
        >
          {t('matching.confirm.saveProposed')}
        </Button>
        <Button
          className="button button-primary"
          isDisabled={count === 0 || isStale}
          onPress={() => {
            confirm.reset();
            setDialogOpen(true);
          }}
        >
          {t('matching.confirm.publish')}
        </Button>
      </div>
      <div role="status" className="status-region">
        {saved ? (
          <p className="alert alert-success">
            {t(saved === 'published' ? 'matching.confirm.published' : 'matching.confirm.savedProposed', {
              count,
            })}
          </p>
        ) : null}
      </div>
      <div role="alert" className="status-region">
        {error && !dialogOpen ? <p className="alert alert-error">{error}</p> : null}
      </div>
      <ConfirmDialog
        isOpen={dialogOpen}
        onOpenChange={setDialogOpen}
        title={t('matching.confirm.dialogTitle')}
        confirmLabel={t('matching.confirm.dialogConfirm')}
        cancelLabel={t('matching.confirm.cancel')}
        onConfirm={() => save(true)}
        isPending={confirm.isPending}
        error={error}
      >
        <p>{t('matching.confirm.dialogText', { count })}</p>
      </ConfirmDialog>
    </section>
  );
}
