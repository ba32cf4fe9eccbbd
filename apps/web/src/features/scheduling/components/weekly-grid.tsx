import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockMinutes, clockText, rowKey, type WeeklyRow } from '../model.ts';
import { useTimeFormat } from '../time.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Drag {
  weekday: number;
  from: number;
  to: number;
}

/** Hours 7–20 always, widened to show every rule; one row per hour. */
function visibleHours(rows: readonly WeeklyRow[]): number[] {
  let first = 7;
  let last = 20;
  for (const row of rows) {
    first = Math.min(first, Math.floor(clockMinutes(row.start) / 60));
    last = Math.max(last, Math.ceil(clockMinutes(row.end) / 60) - 1);
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function covers(rows: readonly WeeklyRow[], weekday: number, hour: number): boolean {
  return rows.some(
    (row) =>
      row.weekday === weekday &&
      clockMinutes(row.start) < (hour + 1) * 60 &&
      clockMinutes(row.end) > hour * 60,
  );
}

/** Adds the dragged hours to a weekday, merging rows they touch so the rules never overlap. */
export function addHours(
  rows: readonly WeeklyRow[],
  weekday: number,
  start: number,
  end: number,
): WeeklyRow[] {
  let from = start;
  let to = end;
  const kept: WeeklyRow[] = [];
  for (const row of rows) {
    const rowStart = clockMinutes(row.start);
    const rowEnd = clockMinutes(row.end);
    if (row.weekday === weekday && rowStart <= to && rowEnd >= from) {
      from = Math.min(from, rowStart);
      to = Math.max(to, rowEnd);
    } else kept.push(row);
  }
  return [...kept, { key: rowKey(), weekday, start: clockText(from), end: clockText(to) }];
}

/**
 * The week at a glance (Mon–Sun × hours). Dragging down a column adds those hours: a pointer
 * shortcut only; the rows form below is the way with a keyboard, and lists the same hours in text.
 */
export function WeeklyGrid({
  rows,
  onChange,
}: {
  rows: readonly WeeklyRow[];
  onChange: (rows: WeeklyRow[]) => void;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const hintId = useId();
  const [drag, setDrag] = useState<Drag | null>(null);
  const hours = visibleHours(rows);

  // The drag ends wherever the pointer is let go, inside the grid or not.
  useEffect(() => {
    if (!drag) return;
    const finish = () => {
      onChange(
        addHours(
          rows,
          drag.weekday,
          Math.min(drag.from, drag.to) * 60,
          (Math.max(drag.from, drag.to) + 1) * 60,
        ),
      );
      setDrag(null);
    };
    window.addEventListener('pointerup', finish);
    return () => window.removeEventListener('pointerup', finish);
  }, [drag, rows, onChange]);

  const inDrag = (weekday: number, hour: number) =>
    drag?.weekday === weekday && hour >= Math.min(drag.from, drag.to) && hour <= Math.max(drag.from, drag.to);

  return (
    // A table cannot reflow; on a narrow screen it scrolls in its own region, which the keyboard can
    // reach and scroll (WCAG 2.1.1), named after the table.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
    <section className="week-grid-scroll" aria-label={t('scheduling.availability.gridCaption')} tabIndex={0}>
      <table className="week-grid" aria-describedby={hintId}>
        <caption>{t('scheduling.availability.gridCaption')}</caption>
        <thead>
          <tr>
            <td />
            {WEEKDAYS.map((weekday) => (
              <th key={weekday} scope="col">
                {format.weekday(weekday)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((hour) => (
            <tr key={hour}>
              <th scope="row">{clockText(hour * 60)}</th>
              {WEEKDAYS.map((weekday) => {
                const open = covers(rows, weekday, hour);
                const pending = inDrag(weekday, hour);
                return (
                  <td
                    key={weekday}
                    className={
                      open
                        ? 'week-cell week-cell-open'
                        : pending
                          ? 'week-cell week-cell-pending'
                          : 'week-cell'
                    }
                    onPointerDown={(event) => {
                      if (event.button !== 0) return;
                      event.preventDefault();
                      setDrag({ weekday, from: hour, to: hour });
                    }}
                    onPointerEnter={() => {
                      if (drag?.weekday === weekday) setDrag({ ...drag, to: hour });
                    }}
                  >
                    {/* Text, not colour alone, says which hours are open. */}
                    {open ? (
                      <span className="week-cell-mark">{t('scheduling.availability.open')}</span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p id={hintId} className="field-hint">
        {t('scheduling.availability.gridHint')}
      </p>
    </section>
  );
}
