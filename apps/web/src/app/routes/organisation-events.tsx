import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../components/page.tsx';
import { useSignedInUser } from '../../features/auth/use-session.ts';
import { EventChecklist } from '../../features/events/components/event-checklist.tsx';
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
        <EventChecklist scope={null} eventId={eventId} timeZone={ORGANISATION_ZONE} />
      ) : (
        <p className="alert alert-info" role="alert">
          {t('events.organisation.forbidden')}
        </p>
      )}
    </Page>
  );
}
