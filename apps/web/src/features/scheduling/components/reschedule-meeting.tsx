import type { Booking } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRescheduleBooking } from '../api/change-booking.ts';
import { isSlotGone, schedulingErrorMessage } from '../errors.ts';
import { minutesBetween, useTimeFormat } from '../time.ts';
import { type Slot, SlotPicker } from './slot-picker.tsx';

/** Moving a meeting: the same slot picker as booking, then one button to confirm the new time. */
export function RescheduleMeeting({
  booking,
  onClose,
  onDone,
}: {
  booking: Booking;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const headingId = useId();
  const length = minutesBetween(booking.startsAt, booking.endsAt);
  const [slot, setSlot] = useState<Slot | null>(null);
  const move = useRescheduleBooking(booking);

  return (
    <section className="reschedule" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('scheduling.reschedule.title')}</h3>
      <SlotPicker
        mentorId={booking.mentorId}
        length={length}
        selected={slot?.start ?? null}
        onPick={(next) => {
          setSlot(next);
          move.reset();
        }}
      />
      <div role="alert" className="status-region">
        {move.isError ? <p className="alert alert-error">{schedulingErrorMessage(move.error, t)}</p> : null}
      </div>
      <div className="form-actions">
        {slot ? (
          <Button
            className="button button-primary"
            isDisabled={move.isPending}
            onPress={() =>
              move.mutate(
                { startsAt: slot.start, length },
                {
                  onSuccess: (moved) =>
                    onDone(
                      t('scheduling.reschedule.done', { when: format.meeting(moved.startsAt, moved.endsAt) }),
                    ),
                  onError: (error) => {
                    if (isSlotGone(error)) setSlot(null);
                  },
                },
              )
            }
          >
            {t('scheduling.reschedule.confirm', { when: format.meeting(slot.start, slot.end) })}
          </Button>
        ) : null}
        <Button className="button button-secondary" onPress={onClose}>
          {t('scheduling.reschedule.close')}
        </Button>
      </div>
    </section>
  );
}
