import '../../styles/events.css';
import { useTranslation } from 'react-i18next';
import { ProgramEvents } from '../../features/events/components/program-events.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/events — the program's events, for every member. */
export function EventsRoute() {
  const { t } = useTranslation();
  const { program, manages } = useProgramContext();
  return (
    <ProgramPage title={t('events.title')}>
      <p className="lead">{t('events.lead')}</p>
      <ProgramEvents programId={program.id} timeZone={program.timeZone} manages={manages} />
    </ProgramPage>
  );
}
