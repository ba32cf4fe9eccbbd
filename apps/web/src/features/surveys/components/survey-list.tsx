import type { SurveySummary } from '@mentoring/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useSurveys } from '../api/get-surveys.ts';
import { useSurveyFormat } from '../format.ts';

const STATUS_BADGE = {
  draft: 'badge-neutral',
  scheduled: 'badge-upcoming',
  open: 'badge-ok',
  closed: 'badge-ended',
};

/** Coordinators: every survey with its state and answer totals (never who answered). */
export function SurveyList({ programId, manages }: { programId: string; manages: boolean }) {
  const { t } = useTranslation();
  const surveys = useSurveys(programId);
  if (surveys.isPending) return <LoadingState />;
  if (surveys.isError) return <QueryError error={surveys.error} onRetry={() => surveys.refetch()} />;
  if (surveys.data.length === 0) return <p>{manages ? t('surveys.none') : t('surveys.noneForMe')}</p>;
  return (
    <ul className="card-list survey-list">
      {surveys.data.map((survey) => (
        <li key={survey.id}>
          <SurveyCard programId={programId} survey={survey} manages={manages} />
        </li>
      ))}
    </ul>
  );
}

function SurveyCard({
  programId,
  survey,
  manages,
}: {
  programId: string;
  survey: SurveySummary;
  manages: boolean;
}) {
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const title = format.text(survey.title);
  const href = `/programs/${programId}/surveys/${survey.id}`;
  const action = manages
    ? t('surveys.open')
    : survey.status === 'open'
      ? survey.answered
        ? t('surveys.editAnswers')
        : t('surveys.answer')
      : t('surveys.viewAnswers');
  return (
    <article className="card survey-card">
      <h2 className="card-title">
        <Link to={href}>{title}</Link>
      </h2>
      <p className="survey-meta">
        <span className={`badge ${STATUS_BADGE[survey.status]}`}>{t(`surveys.status.${survey.status}`)}</span>{' '}
        <span>{t(`surveys.kind.${survey.kind}`)}</span>
        {' · '}
        <span>
          {t('surveys.window', { opens: format.date(survey.opensAt), closes: format.date(survey.closesAt) })}
        </span>
      </p>
      {manages && survey.status !== 'draft' && survey.recipientCount !== null ? (
        <p>
          {t('surveys.responses', {
            responses: survey.responseCount ?? 0,
            recipients: survey.recipientCount,
          })}
        </p>
      ) : null}
      {survey.answered !== null ? (
        <p className={survey.answered ? 'survey-answered' : 'survey-unanswered'}>
          {survey.answered ? t('surveys.answered') : t('surveys.notAnswered')}
        </p>
      ) : null}
      {!manages || survey.answered !== null ? (
        <p>
          <Link className="button button-secondary" to={href} aria-label={`${action}: ${title}`}>
            {action}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
