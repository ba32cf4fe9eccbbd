import type { AdminUser } from '@mentoring/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useEraseUser } from '../api/erase-user.ts';

const KNOWN_ERRORS = ['already_erased', 'cannot_erase_self'] as const;

/** An administrator erases a person, after a dialog that says what goes and what stays. */
export function ErasePerson({ person }: { person: AdminUser }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const erase = useEraseUser();
  const code = erase.error instanceof ApiError ? erase.error.code : null;
  const known = KNOWN_ERRORS.find((k) => k === code);
  const error = erase.isError ? t(`privacy.erase.errors.${known ?? 'generic'}`) : null;

  if (person.erasedAt || done) {
    return (
      <p role="status" className="alert alert-info">
        {done ? t('privacy.erase.done') : t('privacy.erase.errors.already_erased')}
      </p>
    );
  }
  return (
    <>
      <Button className="button button-danger" onPress={() => setOpen(true)}>
        {t('privacy.erase.button')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(isOpen) => {
          setOpen(isOpen);
          if (!isOpen) erase.reset();
        }}
        title={t('privacy.erase.title', { name: person.name })}
        confirmLabel={t('privacy.erase.confirm')}
        cancelLabel={t('privacy.erase.cancel')}
        isPending={erase.isPending}
        error={error}
        onConfirm={() =>
          erase.mutate(person.id, {
            onSuccess: () => {
              setOpen(false);
              setDone(true);
            },
          })
        }
      >
        <p>{t('privacy.erase.consequences')}</p>
        <p>{t('privacy.erase.kept')}</p>
      </ConfirmDialog>
    </>
  );
}
