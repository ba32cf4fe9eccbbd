import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EventChecklist } from '../../features/events/components/event-checklist.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/events/:eventId — the coordinator's check-list, made for a phone in the room. */
export function EventRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  const eventId = useParams().eventId ?? '';
  return (
    <ProgramPage title={t('events.checklist.title')} requires="manager">
      <p>
        <Link to={`/programs/${program.id}/events`}>{t('events.checklist.back')}</Link>
      </p>
      <EventChecklist scope={program.id} eventId={eventId} timeZone={program.timeZone} />
    </ProgramPage>
  );
}
