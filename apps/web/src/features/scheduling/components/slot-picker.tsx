import { useEffect, useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/loading-state.tsx';
import { QueryError } from '../../../components/query-error.tsx';
import { useSlots } from '../api/get-slots.ts';
import { addDays, dayKey, startOfWeek, useTimeFormat, weekDays } from '../time.ts';
import { type CalendarView, ViewSwitch } from './view-switch.tsx';
import { WeekNav, ZoneNote } from './week-nav.tsx';

export interface Slot {
  start: string;
  end: string;
}

function DaySlots({
  day,
  slots,
  selected,
  onPick,
}: {
  day: Date;
  slots: readonly Slot[];
  selected: string | null;
  onPick: (slot: Slot) => void;
}) {
  const { t } = useTranslation();
  const format = useTimeFormat();
  const headingId = useId();
  return (
    <section className="slot-day" aria-labelledby={headingId}>
      <h3 id={headingId} className="slot-day-heading">
        {format.day(day)}
      </h3>
      {slots.length === 0 ? (
        <p className="muted">{t('scheduling.slots.noneThisDay')}</p>
      ) : (
        <ul className="slot-list">
          {slots.map((slot) => (
            <li key={slot.start}>
              <Button
                className="slot-button"
                aria-label={format.meeting(slot.start, slot.end)}
                aria-pressed={selected === slot.start}
                onPress={() => onPick(slot)}
              >
                {format.time(new Date(slot.start))}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * A mentor's free times for one length, a week at a time: days as columns, or a list of the days
 * that have times. Each time is a button; its accessible name is the full date, time and zone.
 */
export function SlotPicker({
  mentorId,
  length,
  selected,
  onPick,
  onOfferedLengths,
}: {
  mentorId: string;
  length: number;
  selected: string | null;
  onPick: (slot: Slot) => void;
  /** The lengths the mentor offers, as the slots answer tells them. */
  onOfferedLengths?: (lengths: number[]) => void;
}) {
  const { t } = useTranslation();
  const thisWeek = startOfWeek(new Date());
  const [monday, setMonday] = useState(thisWeek);
  const [view, setView] = useState<CalendarView>('week');
  const range = { from: monday.toISOString(), to: addDays(monday, 7).toISOString(), length };
  const slots = useSlots(mentorId, range);
  const offered = slots.data?.lengths.join(',');
  useEffect(() => {
    if (offered) onOfferedLengths?.(offered.split(',').map(Number));
  }, [offered, onOfferedLengths]);
  const days = weekDays(monday);
  const byDay = new Map<string, Slot[]>();
  for (const slot of slots.data?.slots ?? []) {
    const key = dayKey(new Date(slot.start));
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  const count = slots.data?.slots.length ?? 0;

  return (
    <div className="slot-picker">
      <div className="slot-picker-bar">
        <WeekNav monday={monday} onChange={setMonday} canGoBack={monday > thisWeek} />
        <ViewSwitch value={view} onChange={setView} />
      </div>
      <ZoneNote />
      {slots.isPending ? <LoadingState /> : null}
      {slots.isError ? <QueryError error={slots.error} onRetry={() => void slots.refetch()} /> : null}
      <p role="status" className="slot-count">
        {slots.isSuccess
          ? count === 0
            ? t('scheduling.slots.noneThisWeek')
            : t('scheduling.slots.count', { count })
          : ''}
      </p>
      {slots.isSuccess && view === 'week' ? (
        <div className="slot-week">
          {days.map((day) => (
            <DaySlots
              key={dayKey(day)}
              day={day}
              slots={byDay.get(dayKey(day)) ?? []}
              selected={selected}
              onPick={onPick}
            />
          ))}
        </div>
      ) : null}
      {slots.isSuccess && view === 'list' ? (
        <div className="slot-days-list">
          {days
            .filter((day) => byDay.has(dayKey(day)))
            .map((day) => (
              <DaySlots
                key={dayKey(day)}
                day={day}
                slots={byDay.get(dayKey(day)) ?? []}
                selected={selected}
                onPick={onPick}
              />
            ))}
        </div>
      ) : null}
    </div>
  );
}
