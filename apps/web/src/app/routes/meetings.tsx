import '../../styles/scheduling.css';
import { useTranslation } from 'react-i18next';
import { CalendarFeed } from '../../features/scheduling/components/calendar-feed.tsx';
import { MeetingList } from '../../features/scheduling/components/meeting-list.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/meetings — a mentor's or actor's meetings, and their calendar subscription. */
export function MeetingsRoute() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  return (
    <ProgramPage title={t('scheduling.nav.meetings')}>
      {program.myRole === 'mentor' || program.myRole === 'actor' ? (
        <>
          <p className="lead">{t('scheduling.pages.meetingsLead')}</p>
          <MeetingList programId={program.id} viewerId={user.id} />
          <CalendarFeed />
        </>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('scheduling.pages.participantsOnly')}
        </p>
      )}
    </ProgramPage>
  );
}
