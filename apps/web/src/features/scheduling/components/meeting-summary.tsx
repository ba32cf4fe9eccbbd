import type { Booking } from '@mentoring/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { downloadBookingIcs } from '../api/get-booking-ics.ts';
import { schedulingErrorMessage } from '../errors.ts';
import { dayKey, useTimeFormat } from '../time.ts';

/** When, where and what about: the facts of one meeting. */
export function MeetingFacts({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  return (
    <dl className="facts">
      <div>
        <dt>{t('scheduling.meeting.when')}</dt>
        <dd>{format.meeting(booking.startsAt, booking.endsAt)}</dd>
      </div>
      <div>
        <dt>{t(`scheduling.locationKind.${booking.locationKind}`)}</dt>
        <dd>{booking.location || t('scheduling.meeting.noLocation')}</dd>
      </div>
      {booking.agenda ? (
        <div>
          <dt>{t('scheduling.meeting.agenda')}</dt>
          <dd className="pre-line">{booking.agenda}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** "Add to calendar": the .ics needs the sign-in token, so it is fetched and saved as a file. */
export function AddToCalendar({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function download() {
    setPending(true);
    setError(null);
    try {
      await downloadBookingIcs(booking.id, `mentorointi-${dayKey(new Date(booking.startsAt))}.ics`);
    } catch (failure) {
      setError(schedulingErrorMessage(failure, t));
    } finally {
      setPending(false);
    }
  }
  return (
    <>
      <Button
        className="button button-secondary button-small"
        onPress={() => void download()}
        isDisabled={pending}
      >
        {t('scheduling.meeting.addToCalendar')}
      </Button>
      <span role="alert" className="status-region">
        {error ? <span className="alert alert-error">{error}</span> : null}
      </span>
    </>
  );
}
