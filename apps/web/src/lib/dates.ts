/**
 * Program dates are calendar dates (`YYYY-MM-DD`) without a time. They are read and formatted in UTC
 * so that no viewer's time zone can move them to the previous day.
 */
function toUtcDate(plainDate: string): Date {
  return new Date(`${plainDate}T00:00:00Z`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string): Intl.DateTimeFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    formatters.set(language, format);
  }
  return format;
}

export function formatDate(plainDate: string, language: string): string {
  return dateFormat(language).format(toUtcDate(plainDate));
}

/** "1.9.2022–31.5.2023" in Finnish, "Sep 1, 2022 – May 31, 2023" in English. */
export function formatDateRange(startsOn: string, endsOn: string, language: string): string {
  return dateFormat(language).formatRange(toUtcDate(startsOn), toUtcDate(endsOn));
}

export type ProgramPhase = 'upcoming' | 'ongoing' | 'ended';

/** Where a program is in time on `today` (a `YYYY-MM-DD` date; string order is date order). */
export function programPhase(program: { startsOn: string; endsOn: string }, today: string): ProgramPhase {
  if (today < program.startsOn) return 'upcoming';
  if (today > program.endsOn) return 'ended';
  return 'ongoing';
}

/** Today's date where the user is, as `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** "Europe/Helsinki (Suomen aika)": the IANA name programs store, with its name in the UI language. */
export function timeZoneLabel(timeZone: string, language: string): string {
  try {
    const name = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && name !== timeZone ? `${timeZone} (${name})` : timeZone;
  } catch {
    return timeZone;
  }
}

const DAY_MS = 86_400_000;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (what `<input type="date">` gives). */
export function isPlainDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = toUtcDate(value);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Whole days from `from` to `to`; negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / DAY_MS);
}

export function addDays(plainDate: string, days: number): string {
  return new Date(toUtcDate(plainDate).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of every month that starts inside [startsOn, endsOn]. */
export function monthStarts(startsOn: string, endsOn: string): string[] {
  const months: string[] = [];
  const cursor = toUtcDate(startsOn);
  cursor.setUTCDate(1);
  for (;;) {
    const first = cursor.toISOString().slice(0, 10);
    if (first > endsOn) break;
    if (first >= startsOn) months.push(first);
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return months;
}

/** "tammi" / "Jan", with the year added where asked ("tammi 2026"). */
export function formatMonth(plainDate: string, language: string, withYear = false): string {
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(toUtcDate(plainDate));
}

/** A moment (ISO 8601 with offset) as a date where the viewer is. */
export function formatInstantDate(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(instant));
}
