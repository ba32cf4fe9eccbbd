import type { Survey } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useSurvey, useSurveys } from '../api/get-surveys.ts';
import { useSurveyFormat } from '../format.ts';
import { AnswerForm } from './answer-form.tsx';
import { SurveyCompare } from './survey-compare.tsx';
import { SurveyDraft } from './survey-draft.tsx';
import { SurveyResultsView } from './survey-results-view.tsx';

/**
 * One survey. Coordinators manage it (a draft) or read its results (once closed); a recipient
 * answers it. A coordinator who was sent the survey sees both.
 */
export function SurveyDetail({
  programId,
  surveyId,
  manages,
}: {
  programId: string;
  surveyId: string;
  manages: boolean;
}) {
  const survey = useSurvey(surveyId);
  if (survey.isPending) return <LoadingState />;
  if (survey.isError) return <QueryError error={survey.error} onRetry={() => survey.refetch()} />;
  return <SurveyBody programId={programId} survey={survey.data} manages={manages} />;
}

function SurveyBody({ programId, survey, manages }: { programId: string; survey: Survey; manages: boolean }) {
  const { t } = useTranslation();
  const format = useSurveyFormat();
  return (
    <div className="survey-detail">
      <h2 className="survey-title">{format.text(survey.title)}</h2>
      <p className="survey-meta">
        <span className="badge badge-neutral">{t(`surveys.status.${survey.status}`)}</span>{' '}
        {t('surveys.window', { opens: format.date(survey.opensAt), closes: format.date(survey.closesAt) })}
        {manages && survey.recipientCount !== null && survey.status !== 'draft'
          ? ` · ${t('surveys.responses', { responses: survey.responseCount ?? 0, recipients: survey.recipientCount })}`
          : null}
      </p>
      <p className="lead">{format.text(survey.intro)}</p>
      {survey.answered !== null && survey.status !== 'draft' && survey.status !== 'scheduled' ? (
        <AnswerForm programId={programId} survey={survey} />
      ) : null}
      {manages ? <ManagerView programId={programId} survey={survey} /> : null}
    </div>
  );
}

function ManagerView({ programId, survey }: { programId: string; survey: Survey }) {
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const all = useSurveys(programId);
  const baselines = (all.data ?? []).filter((s) => s.status === 'closed' && s.id !== survey.id);
  return (
    <>
      {survey.status === 'draft' ? <SurveyDraft programId={programId} survey={survey} /> : null}
      {survey.status === 'open' || survey.status === 'scheduled' ? (
        <p className="alert alert-info">
          {t('surveys.manage.sentInfo')}{' '}
          {t('surveys.manage.resultsAfterClose', { date: format.date(survey.closesAt) })}
        </p>
      ) : null}
      {survey.status === 'closed' ? (
        <>
          <SurveyResultsView surveyId={survey.id} />
          <SurveyCompare programId={programId} survey={survey} candidates={baselines} />
        </>
      ) : (
        <section className="section" aria-labelledby="questions-heading">
          <h2 id="questions-heading">{t('surveys.manage.questions', { count: survey.questions.length })}</h2>
          <ol className="survey-question-list">
            {survey.questions.map((q) => (
              <li key={q.id}>
                {format.text(q.prompt)}{' '}
                <span className="field-hint">({t(`surveys.question.${q.kind}`)})</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
