// Plain-date and wall-clock arithmetic on integers. The hot loop works on "epoch days" (days since
// 1970-01-01 in the proleptic Gregorian calendar) and minutes of day, never on objects. Date.UTC is
// used only as a pure calendar calculator; it never looks at the machine's zone.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

/** Epoch day of a `YYYY-MM-DD` date, or undefined when the text is not a real date. */
export function tryParsePlainDate(text: string): number | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2027-02-30 over into March; a real date survives the round trip.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return ms / DAY_MS;
}

export function parsePlainDate(text: string): number {
  const epochDay = tryParsePlainDate(text);
  if (epochDay === undefined) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  return epochDay;
}

export function formatPlainDate(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Minute of day of an `HH:MM` time, or undefined when invalid. `24:00` (end of day) is accepted
 * only when `allowEndOfDay`, so a window can run to midnight without spilling into a second date.
 */
export function tryParseTime(text: string, allowEndOfDay: boolean): number | undefined {
  const match = TIME_PATTERN.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0 && allowEndOfDay) return 24 * 60;
  if (hours > 23 || minutes > 59) return undefined;
  return hours * 60 + minutes;
}

export function parseTime(text: string, allowEndOfDay: boolean): number {
  const minutes = tryParseTime(text, allowEndOfDay);
  if (minutes === undefined) throw new RangeError(`Not an HH:MM time: ${text}`);
  return minutes;
}

/** ISO weekday (1 = Monday … 7 = Sunday); epoch day 0 was a Thursday. */
export function isoWeekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Epoch day of the Monday starting the ISO week that contains `epochDay`; a cheap week key. */
export function isoWeekStart(epochDay: number): number {
  return epochDay - isoWeekday(epochDay) + 1;
}
