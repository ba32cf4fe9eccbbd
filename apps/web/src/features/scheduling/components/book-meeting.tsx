import type { Booking } from '@mentoring/contracts';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../../components/select-field.tsx';
import { useCreateBooking } from '../api/create-booking.ts';
import { isSlotGone, schedulingErrorMessage } from '../errors.ts';
import { OFFERED_LENGTHS } from '../model.ts';
import { BookingForm } from './booking-form.tsx';
import { AddToCalendar, MeetingFacts } from './meeting-summary.tsx';
import { type Slot, SlotPicker } from './slot-picker.tsx';

function Booked({ booking, programId }: { booking: Booking; programId: string }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-success booking-done">
      <p>{t('scheduling.book.done', { name: booking.mentorName })}</p>
      <MeetingFacts booking={booking} />
      <p className="page-actions">
        <AddToCalendar booking={booking} />
        <Link to={`/programs/${programId}/meetings`}>{t('scheduling.book.toMeetings')}</Link>
      </p>
    </div>
  );
}

/**
 * Booking with the mentor of the actor's active pair (the route finds the pair): pick a free time,
 * then say where and what about.
 */
export function BookMeeting({
  programId,
  mentorId,
  mentorName,
}: {
  programId: string;
  mentorId: string;
  mentorName: string;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [length, setLength] = useState(60);
  const [offered, setOffered] = useState<readonly number[]>(OFFERED_LENGTHS);
  // Offer only the mentor's own lengths; if the current one is not among them, take the first.
  const onOfferedLengths = useCallback((lengths: number[]) => {
    if (lengths.length === 0) return;
    setOffered(lengths);
    setLength((current) => (lengths.includes(current) ? current : (lengths[0] as number)));
  }, []);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  const [booked, setBooked] = useState<Booking | null>(null);
  const [gone, setGone] = useState<string | null>(null);
  const create = useCreateBooking();

  function pick(next: Slot) {
    setSlot(next);
    setGone(null);
    setBooked(null);
    create.reset();
    // A new time is a new booking attempt; retries of one attempt keep its key.
    setAttempt(crypto.randomUUID());
  }

  return (
    <>
      <div role="status" className="status-region">
        {booked ? <Booked booking={booked} programId={programId} /> : null}
      </div>
      <div role="alert" className="status-region">
        {gone ? <p className="alert alert-error">{gone}</p> : null}
      </div>
      <section aria-labelledby={headingId} className="section">
        <h2 id={headingId}>{t('scheduling.book.freeTimes', { name: mentorName })}</h2>
        <SelectField
          label={t('scheduling.book.length')}
          name="length"
          value={String(length)}
          onChange={(value) => {
            setLength(Number(value));
            setSlot(null);
          }}
          options={offered.map((minutes) => ({
            id: String(minutes),
            label: t('scheduling.minutes', { count: minutes }),
          }))}
          description={t('scheduling.book.lengthHint')}
        />
        <SlotPicker
          mentorId={mentorId}
          length={length}
          selected={slot?.start ?? null}
          onPick={pick}
          onOfferedLengths={onOfferedLengths}
        />
      </section>
      {slot && !booked ? (
        <BookingForm
          key={slot.start}
          slot={slot}
          isPending={create.isPending}
          onCancel={() => setSlot(null)}
          onSubmit={(details) =>
            create.mutate(
              { body: { mentorId, startsAt: slot.start, length, ...details }, idempotencyKey: attempt },
              {
                onSuccess: (booking) => {
                  setBooked(booking);
                  setSlot(null);
                },
                onError: (error) => {
                  // Someone else was faster, or a rule now says no: the times are refreshed, pick again.
                  if (isSlotGone(error)) {
                    setGone(schedulingErrorMessage(error, t));
                    setSlot(null);
                  }
                },
              },
            )
          }
        />
      ) : null}
      {create.isError && !gone ? (
        <p role="alert" className="alert alert-error">
          {schedulingErrorMessage(create.error, t)}
        </p>
      ) : null}
    </>
  );
}
