import '../../styles/scheduling.css';
import { useTranslation } from 'react-i18next';
import { ProgramCalendar } from '../../features/scheduling/components/program-calendar.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/calendar — every meeting of the program, for its coordinators. */
export function ProgramCalendarRoute() {
  const { t } = useTranslation();
  const { program } = useProgramContext();
  return (
    <ProgramPage title={t('scheduling.nav.calendar')} requires="manager">
      <p className="lead">{t('scheduling.pages.calendarLead')}</p>
      <ProgramCalendar programId={program.id} />
    </ProgramPage>
  );
}
