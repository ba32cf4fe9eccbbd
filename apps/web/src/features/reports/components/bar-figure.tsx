import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { useChartWidth } from '../../../components/use-chart-width.ts';

export interface BarRow {
  label: string;
  value: number;
  /** The value as shown in the table and on the bar, in the UI language. */
  display: string;
  /** A further column for the table only (e.g. the number of answers). */
  extra?: string;
}

/**
 * A bar chart for sighted readers with the same numbers as a table under it. The SVG is hidden from
 * assistive technology, and every bar carries its value as text, so no meaning rests on colour.
 */
export function BarFigure({
  caption,
  categoryHeader,
  valueHeader,
  extraHeader,
  rows,
  horizontal = false,
  maxValue,
}: {
  caption: string;
  categoryHeader: string;
  valueHeader: string;
  extraHeader?: string;
  rows: readonly BarRow[];
  /** Bars from the left, for long category names such as survey questions. */
  horizontal?: boolean;
  maxValue?: number;
}) {
  const [chartRef, chartWidth] = useChartWidth(640);
  const captionId = useId();
  const data = rows.map((row) => ({ ...row }));
  const domain: [number, number | 'auto'] = [0, maxValue ?? 'auto'];
  return (
    <figure className="report-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      {rows.length > 0 ? (
        <div className="chart-picture" aria-hidden="true" ref={chartRef}>
          {horizontal ? (
            <BarChart
              width={chartWidth}
              height={Math.max(120, rows.length * 44 + 40)}
              data={data}
              layout="vertical"
              margin={{ left: 8, right: 48 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={domain} allowDecimals />
              <YAxis
                type="category"
                dataKey="label"
                width={Math.min(260, Math.round(chartWidth * 0.4))}
                tick={{ fontSize: 12 }}
              />
              <Bar dataKey="value" fill="#1f4e5f" isAnimationActive={false}>
                <LabelList dataKey="display" position="right" />
              </Bar>
            </BarChart>
          ) : (
            <BarChart
              width={chartWidth}
              height={260}
              data={data}
              margin={{ top: 24 }}
              accessibilityLayer={false}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
              <YAxis domain={domain} allowDecimals={false} width={40} />
              <Bar dataKey="value" fill="#1f4e5f" isAnimationActive={false}>
                <LabelList dataKey="display" position="top" />
              </Bar>
            </BarChart>
          )}
        </div>
      ) : null}
      <table className="table report-table">
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            <th scope="col">{valueHeader}</th>
            {extraHeader ? <th scope="col">{extraHeader}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.display}</td>
              {extraHeader ? <td>{row.extra}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
