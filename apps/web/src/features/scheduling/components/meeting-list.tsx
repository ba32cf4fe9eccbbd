import type { Booking } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useBookings } from '../api/get-bookings.ts';
import { isPast } from '../time.ts';
import { CancelMeeting } from './cancel-meeting.tsx';
import { AddToCalendar, MeetingFacts } from './meeting-summary.tsx';
import { RescheduleMeeting } from './reschedule-meeting.tsx';

function MeetingCard({
  booking,
  viewerId,
  onMessage,
}: {
  booking: Booking;
  viewerId: string;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [moving, setMoving] = useState(false);
  const withMentor = booking.actorId === viewerId;
  const changeable = booking.status === 'confirmed' && !isPast(booking.startsAt);
  return (
    <li className="card meeting">
      <article aria-labelledby={headingId}>
        <p className="meeting-role">
          {t(withMentor ? 'scheduling.meeting.withMentor' : 'scheduling.meeting.withActor')}
        </p>
        <h3 id={headingId} className="meeting-name">
          {withMentor ? booking.mentorName : booking.actorName}
        </h3>
        <p>
          <span className={`badge badge-booking-${booking.status}`}>
            {t(`scheduling.status.${booking.status}`)}
          </span>
        </p>
        <MeetingFacts booking={booking} />
        {booking.cancelReason ? (
          <p>{t('scheduling.meeting.cancelReason', { reason: booking.cancelReason })}</p>
        ) : null}
        {changeable ? (
          <div className="page-actions">
            <AddToCalendar booking={booking} />
            <Button
              className="button button-secondary button-small"
              aria-expanded={moving}
              onPress={() => setMoving(!moving)}
            >
              {t('scheduling.meeting.reschedule')}
            </Button>
            <CancelMeeting booking={booking} onDone={onMessage} />
          </div>
        ) : null}
        {changeable && moving ? (
          <RescheduleMeeting
            booking={booking}
            onClose={() => setMoving(false)}
            onDone={(message) => {
              setMoving(false);
              onMessage(message);
            }}
          />
        ) : null}
      </article>
    </li>
  );
}

interface ListProps {
  empty: string;
  bookings: readonly Booking[];
  viewerId: string;
  onMessage: (message: string) => void;
}

function Meetings({ empty, bookings, viewerId, onMessage }: ListProps) {
  if (bookings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="meetings">
      {bookings.map((booking) => (
        <MeetingCard key={booking.id} booking={booking} viewerId={viewerId} onMessage={onMessage} />
      ))}
    </ul>
  );
}

function MeetingSection({ title, ...list }: ListProps & { title: string }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{title}</h2>
      <Meetings {...list} />
    </section>
  );
}

/**
 * The viewer's meetings in this program: coming ones first (soonest first), then past and cancelled.
 * `upcomingOnly`: just the coming ones, under a heading the page gives (the availability page).
 */
export function MeetingList({
  programId,
  viewerId,
  upcomingOnly = false,
}: {
  programId: string;
  viewerId: string;
  upcomingOnly?: boolean;
}) {
  const { t } = useTranslation();
  const bookings = useBookings({});
  const [message, setMessage] = useState<string | null>(null);
  if (bookings.isPending) return <LoadingState />;
  if (bookings.isError) return <QueryError error={bookings.error} onRetry={() => void bookings.refetch()} />;
  const mine = bookings.data
    .filter((booking) => booking.programId === programId)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const upcoming = mine.filter((booking) => booking.status === 'confirmed' && !isPast(booking.endsAt));
  const past = mine.filter((booking) => !upcoming.includes(booking)).reverse();
  const status = (
    <div role="status" className="status-region">
      {message ? <p className="alert alert-success">{message}</p> : null}
    </div>
  );
  if (upcomingOnly) {
    return (
      <>
        {status}
        <Meetings
          empty={t('scheduling.meetings.noUpcoming')}
          bookings={upcoming}
          viewerId={viewerId}
          onMessage={setMessage}
        />
      </>
    );
  }
  return (
    <>
      {status}
      <MeetingSection
        title={t('scheduling.meetings.upcoming')}
        empty={t('scheduling.meetings.noUpcoming')}
        bookings={upcoming}
        viewerId={viewerId}
        onMessage={setMessage}
      />
      <MeetingSection
        title={t('scheduling.meetings.past')}
        empty={t('scheduling.meetings.noPast')}
        bookings={past}
        viewerId={viewerId}
        onMessage={setMessage}
      />
    </>
  );
}
