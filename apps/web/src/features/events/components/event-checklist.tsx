import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useAttendance } from '../api/attendance.ts';
import { useEvent } from '../api/get-event.ts';
import type { EventScope } from '../api/get-events.ts';
import { AttendanceChecklist } from './attendance-checklist.tsx';
import { AttendanceImport } from './attendance-import.tsx';
import { EventSummary } from './event-summary.tsx';
import { GuestForm } from './guest-form.tsx';

/** The event, its check-list, a guest form and a sign-in sheet import: for a phone in the room. */
export function EventChecklist({
  scope,
  eventId,
  timeZone,
}: {
  scope: EventScope;
  eventId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const event = useEvent(scope, eventId);
  const list = useAttendance(eventId);
  if (event.isPending || list.isPending) return <LoadingState />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => void event.refetch()} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <EventSummary event={event.data} timeZone={timeZone} />
      <p className="lead">{t('events.checklist.lead')}</p>
      <AttendanceChecklist eventId={eventId} list={list.data} />
      <GuestForm eventId={eventId} />
      <AttendanceImport eventId={eventId} />
    </>
  );
}
