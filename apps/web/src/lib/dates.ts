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
