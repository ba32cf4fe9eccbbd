import type { Booking } from '@mentoring/contracts';
import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useCancelBooking } from '../api/change-booking.ts';
import { schedulingErrorMessage } from '../errors.ts';
import { useTimeFormat } from '../time.ts';

/** Cancel, with an optional reason the other party sees; a program may forbid actors late changes. */
export function CancelMeeting({ booking, onDone }: { booking: Booking; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const cancel = useCancelBooking(booking);
  return (
    <>
      <Button className="button button-danger-outline button-small" onPress={() => setOpen(true)}>
        {t('scheduling.meeting.cancel')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) cancel.reset();
        }}
        title={t('scheduling.cancel.title')}
        confirmLabel={t('scheduling.cancel.confirm')}
        cancelLabel={t('scheduling.cancel.keep')}
        isPending={cancel.isPending}
        error={cancel.isError ? schedulingErrorMessage(cancel.error, t) : null}
        onConfirm={() =>
          cancel.mutate(reason, {
            onSuccess: () => {
              setOpen(false);
              onDone(t('scheduling.cancel.done', { when: format.meeting(booking.startsAt, booking.endsAt) }));
            },
          })
        }
      >
        <p>{format.meeting(booking.startsAt, booking.endsAt)}</p>
        <TextField className="field" value={reason} onChange={setReason} maxLength={500}>
          <Label className="field-label">{t('scheduling.cancel.reason')}</Label>
          <Input className="input" />
        </TextField>
      </ConfirmDialog>
    </>
  );
}
