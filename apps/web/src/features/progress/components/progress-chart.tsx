import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts';
import { useChartWidth } from '../../../components/use-chart-width.ts';
import type { PhaseRatings } from './goal-ratings.ts';
import { phaseLabel } from './phase-label.ts';

/**
 * A goal's ratings over the phases, the actor's and the mentor's as two lines. The chart is a
 * picture for sighted readers; the table under it carries the same numbers for everyone, so the SVG
 * is hidden from assistive technology.
 */
export function ProgressChart({ rows, goalTitle }: { rows: readonly PhaseRatings[]; goalTitle: string }) {
  const [chartRef, chartWidth] = useChartWidth(420);
  const { t } = useTranslation();
  const captionId = useId();
  const label = (row: PhaseRatings) => (row.phase ? phaseLabel(row.phase, t) : t('progress.checkIn.noPhase'));
  const data = rows.map((row) => ({
    phase: label(row),
    actor: row.actor?.rating ?? null,
    mentor: row.mentor?.rating ?? null,
  }));
  const rated = rows.some((row) => row.actor || row.mentor);
  return (
    <figure className="progress-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {t('progress.chart.caption', { goal: goalTitle })}
      </figcaption>
      {rated ? (
        <div className="chart-picture" aria-hidden="true" ref={chartRef}>
          <LineChart width={chartWidth} height={200} data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="phase" tick={{ fontSize: 11 }} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} interval={0} width={24} />
            <Legend />
            <Line
              type="monotone"
              dataKey="actor"
              name={t('progress.owner.actor')}
              stroke="#1f4e5f"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="mentor"
              name={t('progress.owner.mentor')}
              stroke="#b54708"
              strokeDasharray="6 3"
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </div>
      ) : null}
      <table className="table ratings-table">
        <caption className="visually-hidden">{t('progress.chart.tableCaption', { goal: goalTitle })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.checkIn.phase')}</th>
            <th scope="col">{t('progress.chart.actorRating')}</th>
            <th scope="col">{t('progress.chart.mentorRating')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{label(row)}</th>
              {[row.actor, row.mentor].map((checkIn, index) => (
                <td key={index === 0 ? 'actor' : 'mentor'}>
                  {checkIn
                    ? t('progress.chart.rating', { rating: String(checkIn.rating) })
                    : t('progress.chart.notRated')}
                  {checkIn?.note ? <span className="rating-note"> – {checkIn.note}</span> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
