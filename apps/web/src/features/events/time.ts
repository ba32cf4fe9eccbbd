import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Events happen at a place, so their times are shown and entered in the program's time zone (not the
 * viewer's), and the zone is always named.
 */

function parts(instant: Date, timeZone: string): Record<string, number> {
  const values: Record<string, number> = {};
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  for (const part of format.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return values;
}

/** Milliseconds the zone is ahead of UTC at that instant. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = parts(instant, timeZone);
  const wall = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** `2026-12-04T09:00` (what `<input type="datetime-local">` holds) in the zone → an ISO instant. */
export function zonedInputToInstant(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Two passes: the offset one hour off at a daylight-saving change is corrected by the second.
  let instant = wall - offsetAt(new Date(wall), timeZone);
  instant = wall - offsetAt(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}

/** An ISO instant → the zone's wall time for `<input type="datetime-local">`. */
export function instantToZonedInput(instant: string, timeZone: string): string {
  const p = parts(new Date(instant), timeZone);
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Event times in the UI language and the program's zone: "pe 4.12.2026 klo 9.00–10.00 (UTC+2)". */
export function useEventTimeFormat(timeZone: string) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    });
    const time = new Intl.DateTimeFormat(language, { timeZone, hour: '2-digit', minute: '2-digit' });
    const zone = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'short' });
    const zoneName = (date: Date) =>
      zone.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
    return {
      /** Date, start–end and the zone; an event running past midnight names both days. */
      range: (startsAt: string, endsAt: string) => {
        const start = new Date(startsAt);
        const end = new Date(endsAt);
        const sameDay = day.format(start) === day.format(end);
        const to = sameDay ? time.format(end) : `${day.format(end)} ${time.format(end)}`;
        return `${day.format(start)} ${time.format(start)}–${to} (${zoneName(start)})`;
      },
    };
  }, [language, timeZone]);
}
