import '../../styles/surveys.css';
import { useTranslation } from 'react-i18next';
import { CreateSurveyForm } from '../../features/surveys/components/create-survey-form.tsx';
import { SurveyList } from '../../features/surveys/components/survey-list.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/surveys — coordinators build and follow surveys; participants find theirs. */
export function SurveysRoute() {
  const { t } = useTranslation();
  const { program, manages } = useProgramContext();
  return (
    <ProgramPage title={t('surveys.title')}>
      <p className="lead">{manages ? t('surveys.lead') : t('surveys.myLead')}</p>
      <SurveyList programId={program.id} manages={manages} />
      {manages && !program.archived ? <CreateSurveyForm programId={program.id} /> : null}
    </ProgramPage>
  );
}
