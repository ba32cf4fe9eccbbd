import '../../styles/scheduling.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AvailabilityForm } from '../../features/scheduling/components/availability-form.tsx';
import { MeetingList } from '../../features/scheduling/components/meeting-list.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/availability — a mentor sets when their actors can book, and sees what is booked. */
export function AvailabilityRoute() {
  const { t } = useTranslation();
  const { program, user } = useProgramContext();
  const headingId = useId();
  return (
    <ProgramPage title={t('scheduling.nav.availability')}>
      {program.myRole === 'mentor' ? (
        <>
          <p className="lead">{t('scheduling.pages.availabilityLead')}</p>
          <AvailabilityForm mentorId={user.id} />
          <section aria-labelledby={headingId} className="section">
            <h2 id={headingId}>{t('scheduling.pages.myUpcoming')}</h2>
            <MeetingList programId={program.id} viewerId={user.id} upcomingOnly />
          </section>
        </>
      ) : (
        <p className="alert alert-info" role="alert">
          {t('scheduling.pages.mentorsOnly')}
        </p>
      )}
    </ProgramPage>
  );
}
