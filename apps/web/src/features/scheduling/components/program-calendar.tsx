import type { Booking } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useBookings } from '../api/get-bookings.ts';
import { addDays, dayKey, startOfWeek, useTimeFormat, weekDays } from '../time.ts';
import { type CalendarView, ViewSwitch } from './view-switch.tsx';
import { WeekNav, ZoneNote } from './week-nav.tsx';

function StatusBadge({ status }: { status: Booking['status'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge-booking-${status}`}>{t(`scheduling.status.${status}`)}</span>;
}

function DayColumn({ day, bookings }: { day: Date; bookings: readonly Booking[] }) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const headingId = useId();
  return (
    <section className="slot-day" aria-labelledby={headingId}>
      <h3 id={headingId} className="slot-day-heading">
        {format.day(day)}
      </h3>
      {bookings.length === 0 ? (
        <p className="muted">{t('scheduling.calendar.noneThisDay')}</p>
      ) : (
        <ul className="calendar-items">
          {bookings.map((booking) => (
            <li key={booking.id} className={`calendar-item calendar-item-${booking.status}`}>
              <span className="calendar-item-time">
                {format.time(new Date(booking.startsAt))}–{format.time(new Date(booking.endsAt))}
              </span>
              <span>
                {t('scheduling.calendar.pair', { mentor: booking.mentorName, actor: booking.actorName })}
              </span>
              <StatusBadge status={booking.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BookingTable({ bookings }: { bookings: readonly Booking[] }) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  if (bookings.length === 0) return <p>{t('scheduling.calendar.noneThisWeek')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('scheduling.calendar.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scheduling.calendar.time')}</th>
          <th scope="col">{t('scheduling.calendar.mentor')}</th>
          <th scope="col">{t('scheduling.calendar.actor')}</th>
          <th scope="col">{t('scheduling.calendar.status')}</th>
        </tr>
      </thead>
      <tbody>
        {bookings.map((booking) => (
          <tr key={booking.id}>
            <td>{format.meeting(booking.startsAt, booking.endsAt)}</td>
            <td>{booking.mentorName}</td>
            <td>{booking.actorName}</td>
            <td>
              <StatusBadge status={booking.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every meeting of the program, a week at a time: for coordinators to see who meets and who does not. */
export function ProgramCalendar({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const [monday, setMonday] = useState(() => startOfWeek(new Date()));
  const [view, setView] = useState<CalendarView>('week');
  const bookings = useBookings({
    programId,
    from: monday.toISOString(),
    to: addDays(monday, 7).toISOString(),
  });
  const sorted = [...(bookings.data ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const days = weekDays(monday);
  const confirmed = sorted.filter((booking) => booking.status === 'confirmed').length;
  return (
    <div className="program-calendar">
      <div className="slot-picker-bar">
        <WeekNav monday={monday} onChange={setMonday} />
        <ViewSwitch value={view} onChange={setView} />
      </div>
      <ZoneNote />
      {bookings.isPending ? <LoadingState /> : null}
      {bookings.isError ? (
        <QueryError error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : null}
      <p role="status" className="slot-count">
        {bookings.isSuccess ? t('scheduling.calendar.count', { count: confirmed }) : ''}
      </p>
      {bookings.isSuccess && view === 'week' ? (
        <div className="slot-week">
          {days.map((day) => (
            <DayColumn
              key={dayKey(day)}
              day={day}
              bookings={sorted.filter((booking) => dayKey(new Date(booking.startsAt)) === dayKey(day))}
            />
          ))}
        </div>
      ) : null}
      {bookings.isSuccess && view === 'list' ? <BookingTable bookings={sorted} /> : null}
    </div>
  );
}
