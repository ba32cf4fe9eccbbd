// A slow, direct restatement of the slot rules on Temporal objects, with none of the engine's
// shortcuts (no offset table, no epoch-day arithmetic, no binary search). Property tests compare
// the engine against it.
import { Temporal } from 'temporal-polyfill';
import type { Availability, BusyRange, Interval, Slot } from '../src/index.ts';

const MINUTE = 60_000;

/** Instant of a wall-clock time on a date: gap → transition; repeat → earlier start, later end. */
export function edgeInstant(
  timeZone: string,
  date: Temporal.PlainDate,
  time: string,
  edge: 'start' | 'end',
): number {
  const wall =
    time === '24:00'
      ? date.add({ days: 1 }).toPlainDateTime({ hour: 0 })
      : date.toPlainDateTime(Temporal.PlainTime.from(time));
  const earlier = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  if (!earlier.toPlainDateTime().equals(wall)) {
    return earlier.getTimeZoneTransition('next')?.epochMilliseconds ?? Number.NaN;
  }
  return wall.toZonedDateTime(timeZone, { disambiguation: edge === 'start' ? 'earlier' : 'later' })
    .epochMilliseconds;
}

export function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out.at(-1);
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ ...i });
  }
  return out;
}

export const zoneOf = (availability: Availability) => availability.timeZone ?? 'Europe/Helsinki';

export const localDate = (availability: Availability, instant: number) =>
  Temporal.Instant.fromEpochMilliseconds(instant).toZonedDateTimeISO(zoneOf(availability)).toPlainDate();

/** One date's windows, merged within the date. */
export function dayWindows(availability: Availability, date: Temporal.PlainDate): Interval[] {
  const text = date.toString();
  const override = availability.overrides.find((o) => o.date === text);
  const intervals =
    override?.intervals ??
    availability.weeklyRules.filter(
      (rule) =>
        rule.weekday === date.dayOfWeek &&
        (!rule.validFrom || rule.validFrom <= text) &&
        (!rule.validUntil || text <= rule.validUntil),
    );
  const zone = zoneOf(availability);
  return merge(
    intervals.map((i) => ({
      start: edgeInstant(zone, date, i.start, 'start'),
      end: edgeInstant(zone, date, i.end, 'end'),
    })),
  );
}

export function horizonEnd(availability: Availability, now: number): number {
  const local = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zoneOf(availability));
  const wall = local.toPlainDateTime().add({ days: availability.horizonDays });
  const time = wall.toPlainTime().toString({ smallestUnit: 'minute' });
  // `now` is minute-aligned in the generators, so the wall time is exactly HH:MM.
  return edgeInstant(zoneOf(availability), wall.toPlainDate(), time, 'end');
}

/** Every slot by brute force: each date's aligned starts, each rule checked on its own. */
export function oracleSlots(
  availability: Availability,
  busy: readonly BusyRange[],
  from: number,
  to: number,
  now: number,
  length: number,
): Slot[] {
  if (!availability.lengths.includes(length) || from >= to) return [];
  const step = availability.stepMinutes * MINUTE;
  const horizon = horizonEnd(availability, now);
  const firstDate = localDate(availability, Math.max(from, now)).subtract({ days: 2 });
  const lastDate = localDate(availability, Math.min(to, horizon)).add({ days: 2 });
  const perDate: Interval[][] = [];
  for (let date = firstDate; Temporal.PlainDate.compare(date, lastDate) <= 0; date = date.add({ days: 1 })) {
    perDate.push(dayWindows(availability, date));
  }
  const coverage = merge(perDate.flat());
  const counted = busy
    .filter((b) => b.countsTowardLimits !== false && b.end > b.start)
    .map((b) => localDate(availability, b.meetingStart ?? b.start));
  const found = new Map<number, Slot>();
  for (const window of perDate.flat()) {
    for (let start = window.start; start < window.end; start += step) {
      const end = start + length * MINUTE;
      if (start < from || start >= to || start < now + availability.minNoticeMinutes * MINUTE) continue;
      if (end > horizon) continue;
      if (!coverage.some((c) => c.start <= start && end <= c.end)) continue;
      const before = start - availability.bufferBeforeMinutes * MINUTE;
      const after = end + availability.bufferAfterMinutes * MINUTE;
      if (busy.some((b) => b.end > b.start && b.start < after && before < b.end)) continue;
      const date = localDate(availability, start);
      const sameDay = counted.filter((d) => d.equals(date)).length;
      const sameWeek = counted.filter(
        (d) => d.yearOfWeek === date.yearOfWeek && d.weekOfYear === date.weekOfYear,
      ).length;
      if (sameDay >= (availability.maxPerDay ?? Number.POSITIVE_INFINITY)) continue;
      if (sameWeek >= (availability.maxPerWeek ?? Number.POSITIVE_INFINITY)) continue;
      found.set(start, { start, end });
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}
