import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useAttendance } from '../../features/events/api/attendance.ts';
import { useEvent } from '../../features/events/api/get-event.ts';
import { AttendanceChecklist } from '../../features/events/components/attendance-checklist.tsx';
import { AttendanceImport } from '../../features/events/components/attendance-import.tsx';
import { EventSummary } from '../../features/events/components/event-summary.tsx';
import { GuestForm } from '../../features/events/components/guest-form.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/events/:eventId — the coordinator's check-list, made for a phone in the room. */
export function EventRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('events.checklist.title')} requires="manager">
      <p>
        <Link to={`/programs/${program.id}/events`}>{t('events.checklist.back')}</Link>
      </p>
      <Checklist programId={program.id} timeZone={program.timeZone} />
    </ProgramPage>
  );
}

function Checklist({ programId, timeZone }: { programId: string; timeZone: string }) {
  const { t } = useTranslation();
  const eventId = useParams().eventId ?? '';
  const event = useEvent(programId, eventId);
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
