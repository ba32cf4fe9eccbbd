import '../../styles/surveys.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SurveyDetail } from '../../features/surveys/components/survey-detail.tsx';
import { ProgramPage, useProgramContext } from './program-context.tsx';

/** /programs/:programId/surveys/:surveyId — answer a survey, or manage it and read its results. */
export function SurveyRoute() {
  const { t } = useTranslation();
  const { program, manages } = useProgramContext();
  const { surveyId = '' } = useParams();
  return (
    <ProgramPage title={t('surveys.title')}>
      <p>
        <Link to={`/programs/${program.id}/surveys`}>← {t('surveys.title')}</Link>
      </p>
      <SurveyDetail programId={program.id} surveyId={surveyId} manages={manages} />
    </ProgramPage>
  );
}
