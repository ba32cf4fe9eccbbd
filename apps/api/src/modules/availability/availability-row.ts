import type { Availability } from '@mentoring/contracts';
import type { availability } from '@mentoring/db/schema';

type AvailabilityRow = typeof availability.$inferSelect;

/** A mentor who has set nothing yet: no bookable time, sensible policy to start from. */
export function defaultAvailability(mentorId: string): Availability {
  return {
    mentorId,
    timeZone: 'Europe/Helsinki',
    weeklyRules: [],
    overrides: [],
    lengths: [60],
    stepMinutes: 30,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    minNoticeMinutes: 24 * 60,
    horizonDays: 60,
    maxPerDay: null,
    maxPerWeek: null,
    updatedAt: null,
  };
}

export function toAvailability(row: AvailabilityRow): Availability {
  const { updatedAt, ...rest } = row;
  return { ...rest, updatedAt: updatedAt.toISOString() };
}
