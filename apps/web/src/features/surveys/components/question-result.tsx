import type { QuestionResult } from '@mentoring/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useChartWidth } from '../../../components/use-chart-width.ts';
import { useSurveyFormat } from '../format.ts';

/**
 * One question's results. The bar chart is for sighted readers and hidden from assistive
 * technology; the same figures are a table under it. A group too small to show says so in words.
 */
export function QuestionResultCard({ result, index }: { result: QuestionResult; index: number }) {
  const [chartRef, chartWidth] = useChartWidth(520);
  const { t } = useTranslation();
  const format = useSurveyFormat();
  const headingId = useId();
  const rows = (result.distribution ?? []).map((d) => ({
    label: d.label ? format.text(d.label) : d.value,
    count: d.count,
  }));
  return (
    <article className="card question-result" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {index + 1}. {format.text(result.prompt)}
      </h3>
      {!result.shown ? (
        <p className="not-shown">{t('surveys.results.notShown')}</p>
      ) : (
        <>
          <p className="result-figures">
            {t('surveys.results.count', { count: result.count ?? 0 })}
            {result.mean !== null
              ? ` · ${t('surveys.results.mean', { mean: format.number(result.mean) })}`
              : null}
          </p>
          {rows.length > 0 ? (
            <>
              <div className="chart-picture" aria-hidden="true" ref={chartRef}>
                <BarChart
                  width={chartWidth}
                  height={Math.max(120, rows.length * 34)}
                  data={rows}
                  layout="vertical"
                  accessibilityLayer={false}
                  margin={{ left: 8, right: 16 }}
                >
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis
                    type="category"
                    dataKey="label"
                    width={result.kind === 'likert' ? 32 : Math.min(190, Math.round(chartWidth * 0.4))}
                    tick={{ fontSize: 12 }}
                  />
                  <Bar dataKey="count" fill="#1f4e5f" isAnimationActive={false} />
                </BarChart>
              </div>
              <details className="chart-text">
                <summary>{t('surveys.results.chartText')}</summary>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('surveys.results.option')}</th>
                      <th scope="col">{t('surveys.results.answers')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.label}>
                        <th scope="row">{row.label}</th>
                        <td>{row.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          ) : null}
          {result.texts ? (
            <>
              <h4 className="texts-heading">{t('surveys.results.texts')}</h4>
              <ul className="open-answers">
                {result.texts.map((text, i) => (
                  // Texts are sorted and carry no ids; position is the only stable key.
                  // biome-ignore lint/suspicious/noArrayIndexKey: identical answers may repeat
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </article>
  );
}
