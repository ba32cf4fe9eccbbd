import type { SurveySummary } from '@mentoring/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { LoadingState } from '../../../components/loading-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useChartWidth } from '../../../components/use-chart-width.ts';
import { useComparison } from '../api/get-results.ts';
import { surveyErrorMessage, useSurveyFormat } from '../format.ts';

/**
 * Start vs end for the same cohort: per shared question, the two means with their counts. A side
 * whose group is under 5 reads "not shown". The table is the accessible form of the chart.
 */
export function SurveyCompare({
  programId,
  survey,
  candidates,
}: {
  programId: string;
  survey: SurveySummary;
  candidates: SurveySummary[];
}) {
  const [chartRef, chartWidth] = useChartWidth(620);
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const captionId = useId();
  const [from, setFrom] = useState<string | null>(
    () => candidates.find((c) => c.kind === 'start')?.id ?? candidates[0]?.id ?? null,
  );
  const comparison = useComparison(programId, from, survey.id);
  if (candidates.length === 0) return null;
  const side = (value: { mean: number; count: number } | null) =>
    value
      ? t('surveys.compare.value', { mean: format.number(value.mean), count: value.count })
      : t('surveys.compare.notShown');
  const items = comparison.data?.items ?? [];
  const chart = items.map((item) => ({
    key: item.key,
    from: item.from?.mean ?? null,
    to: item.to?.mean ?? null,
  }));
  return (
    <section className="section survey-compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('surveys.compare.title')}</h2>
      <SelectField
        label={t('surveys.compare.from')}
        name="compareFrom"
        value={from ?? ''}
        onChange={(id) => setFrom(id || null)}
        options={candidates.map((c) => ({
          id: c.id,
          label: `${format.text(c.title)} (${format.date(c.closesAt)})`,
        }))}
      />
      {comparison.isPending && from ? <LoadingState /> : null}
      {comparison.isError ? (
        <p className="alert alert-info" role="alert">
          {surveyErrorMessage(comparison.error, t)}
        </p>
      ) : null}
      {items.length > 0 ? (
        <figure className="compare-figure" aria-labelledby={captionId}>
          <figcaption id={captionId} className="chart-caption">
            {t('surveys.compare.chartCaption')}
          </figcaption>
          <div className="chart-picture" aria-hidden="true" ref={chartRef}>
            <BarChart width={chartWidth} height={260} data={chart} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis
                dataKey="key"
                tick={{ fontSize: 10 }}
                interval={0}
                angle={-30}
                textAnchor="end"
                height={70}
              />
              <YAxis domain={[0, 5]} width={28} />
              <Legend />
              <Bar
                dataKey="from"
                name={format.text(comparison.data?.from.title ?? { fi: '', en: '' })}
                fill="#9aa9b0"
                isAnimationActive={false}
              />
              <Bar dataKey="to" name={format.text(survey.title)} fill="#1f4e5f" isAnimationActive={false} />
            </BarChart>
          </div>
          <table className="table compare-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.compare.question')}</th>
                <th scope="col">{format.text(comparison.data?.from.title ?? { fi: '', en: '' })}</th>
                <th scope="col">{format.text(survey.title)}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{format.text(item.prompt)}</th>
                  <td>{side(item.from)}</td>
                  <td>{side(item.to)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      ) : null}
    </section>
  );
}
