import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The viewer's own time zone: every meeting time on screen is in it, and says so. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Monday 00:00 of the week that holds `date`, in the viewer's time zone. */
export function startOfWeek(date: Date): Date {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}

/** Calendar-day arithmetic (not 24-hour steps), so a daylight-saving change keeps midnights. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: Date): Date[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** YYYY-MM-DD of the local calendar day: groups instants by the day the viewer sees. */
export function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}

export function isPast(instant: string, now = Date.now()): boolean {
  return Date.parse(instant) < now;
}

/** Dates and times in the UI language; the zone is named wherever a time stands alone. */
export function useTimeFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', month: 'numeric' });
    const longDay = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
    const timeWithZone = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const weekdayName = new Intl.DateTimeFormat(language, { weekday: 'long' });
    return {
      /** "la 28.11." */
      day: (date: Date) => day.format(date),
      /** "lauantai 28. marraskuuta 2026" */
      longDay: (date: Date) => longDay.format(date),
      /** "10.00" */
      time: (date: Date) => time.format(date),
      /** "lauantai 28. marraskuuta 2026 10.00–11.00 UTC+2" */
      meeting: (start: string, end: string) =>
        `${longDay.format(new Date(start))} ${time.format(new Date(start))}–${timeWithZone.format(new Date(end))}`,
      /** ISO weekday 1 (Monday) to 7 (Sunday) by name; 2024-01-01 was a Monday. */
      weekday: (isoWeekday: number) => weekdayName.format(new Date(2024, 0, isoWeekday)),
      zone: viewerTimeZone(),
    };
  }, [language]);
}
