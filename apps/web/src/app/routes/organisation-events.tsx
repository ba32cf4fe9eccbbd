import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../components/loading-state.tsx';
import { Page } from '../../components/page.tsx';
import { QueryError } from '../../components/query-error.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { useAttendance } from '../../features/events/api/attendance.ts';
import { useEvent } from '../../features/events/api/get-event.ts';
import { AttendanceChecklist } from '../../features/events/components/attendance-checklist.tsx';
import { AttendanceImport } from '../../features/events/components/attendance-import.tsx';
import { EventSummary } from '../../features/events/components/event-summary.tsx';
import { GuestForm } from '../../features/events/components/guest-form.tsx';
import { ProgramEvents } from '../../features/events/components/program-events.tsx';

/** Organisation-wide events are held in Finland; their times are entered and shown in this zone. */
const ORGANISATION_ZONE = 'Europe/Helsinki';

/** /events — the organisation's own workshops and networking events: everyone signs up, admins manage. */
export function OrganisationEventsRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  return (
    <Page title={t('events.organisation.title')}>
      <p className="lead">{t('events.organisation.lead')}</p>
      <ProgramEvents programId={null} timeZone={ORGANISATION_ZONE} manages={user.isAdmin} />
    </Page>
  );
}

/** /events/:eventId — the check-list of an organisation event, for administrators. */
export function OrganisationEventRoute() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const eventId = useParams().eventId ?? '';
  return (
    <Page title={t('events.checklist.title')}>
      <p>
        <Link to="/events">{t('events.organisation.back')}</Link>
      </p>
      {user.isAdmin ? (
        <Checklist eventId={eventId} />
      ) : (
        <p className="alert alert-info" role="alert">
          {t('events.organisation.forbidden')}
        </p>
      )}
    </Page>
  );
}

function Checklist({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const event = useEvent(null, eventId);
  const list = useAttendance(eventId);
  if (event.isPending || list.isPending) return <LoadingState />;
  if (event.isError) return <QueryError error={event.error} onRetry={() => void event.refetch()} />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <EventSummary event={event.data} timeZone={ORGANISATION_ZONE} />
      <p className="lead">{t('events.checklist.lead')}</p>
      <AttendanceChecklist eventId={eventId} list={list.data} />
      <GuestForm eventId={eventId} />
      <AttendanceImport eventId={eventId} />
    </>
  );
}
