import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useChartWidth } from '../../../components/use-chart-width.ts';
import { useProgressFormat } from '../format.ts';

/**
 * Meetings held per week across the program. The bars are for sighted readers; the same numbers are
 * a list under them, so the SVG is hidden from assistive technology.
 */
export function MeetingsChart({ weeks }: { weeks: readonly { weekStart: string; meetings: number }[] }) {
  const [chartRef, chartWidth] = useChartWidth(560);
  const { t } = useTranslation();
  const format = useProgressFormat();
  const captionId = useId();
  const data = weeks.map((week) => ({ week: format.plainDate(week.weekStart), meetings: week.meetings }));
  return (
    <figure className="meetings-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {t('progress.health.chartCaption')}
      </figcaption>
      {data.length > 0 ? (
        <div className="chart-picture" aria-hidden="true" ref={chartRef}>
          <BarChart width={chartWidth} height={200} data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" tick={{ fontSize: 11 }} />
            <YAxis allowDecimals={false} width={32} />
            <Bar dataKey="meetings" fill="#1f4e5f" isAnimationActive={false} />
          </BarChart>
        </div>
      ) : null}
      <details className="chart-text">
        <summary>{t('progress.health.chartText')}</summary>
        <ul className="plain-list">
          {data.map((week) => (
            <li key={week.week}>
              {t('progress.health.weekValue', { week: week.week, count: week.meetings })}
            </li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
