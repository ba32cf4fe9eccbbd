import type { RespondentRole } from '@mentoring/contracts';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { getResultsCsv, useResults } from '../api/get-results.ts';
import { surveyErrorMessage, useSurveyFormat } from '../format.ts';
import { QuestionResultCard } from './question-result.tsx';

type Filter = 'all' | RespondentRole;
const FILTERS: Filter[] = ['all', 'actor', 'mentor'];

/** Results of a closed survey with a respondent filter and a CSV download that obeys the same rules. */
export function SurveyResultsView({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const [filter, setFilter] = useState<Filter>('all');
  const role = filter === 'all' ? null : filter;
  const results = useResults(surveyId, role, true);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function download() {
    setDownloadError(null);
    try {
      const csv = await getResultsCsv(surveyId, role, format.lang);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `survey-results${role ? `-${role}` : ''}.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setDownloadError(error);
    }
  }

  return (
    <section className="section survey-results" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('surveys.results.title')}</h2>
      <p className="field-hint">{t('surveys.results.rule', { min: results.data?.minGroupSize ?? 5 })}</p>
      <div className="results-toolbar">
        <SelectField
          label={t('surveys.results.filter')}
          name="role"
          value={filter}
          onChange={setFilter}
          options={FILTERS.map((f) => ({
            id: f,
            label: f === 'all' ? t('surveys.results.everyone') : t(`surveys.results.role.${f}`),
          }))}
        />
        <Button className="button button-secondary" onPress={download}>
          {t('surveys.results.csv')}
        </Button>
      </div>
      <div role="alert" className="status-region">
        {downloadError ? surveyErrorMessage(downloadError, t) : null}
      </div>
      {results.isPending ? <LoadingState /> : null}
      {results.isError ? (
        <p className="alert alert-info" role="alert">
          {surveyErrorMessage(results.error, t)}
        </p>
      ) : null}
      {results.data ? (
        <ol className="plain-list result-list">
          {results.data.questions.map((question, index) => (
            <li key={question.questionId}>
              <QuestionResultCard result={question} index={index} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
