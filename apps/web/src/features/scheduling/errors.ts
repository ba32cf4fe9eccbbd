import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';

const KNOWN = [
  'slot_taken',
  'actor_busy',
  'slot_bad_length',
  'slot_too_soon',
  'slot_beyond_horizon',
  'slot_outside_availability',
  'slot_overlaps',
  'slot_day_limit',
  'slot_week_limit',
  'too_late_to_change',
  'booking_cancelled',
  'booking_busy',
  'invalid_availability',
  'invalid_range',
  'forbidden',
] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN as readonly string[]).includes(code);
}

/** A failed scheduling action in the reader's language; the API's codes are translated, never shown. */
export function schedulingErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (error.code === 'too_late_to_change') {
      // The program's own limit is only in the server's sentence ("… up to 24 hours before …").
      const hours = /(\d+) hours?/.exec(error.message)?.[1] ?? '24';
      return t('scheduling.errors.too_late_to_change', { hours });
    }
    if (isKnown(error.code)) return t(`scheduling.errors.${error.code}`);
    if (error.status === 403) return t('scheduling.errors.forbidden');
  }
  return t('errors.generic');
}

/** 409s that mean "the times changed under you": the slot list is refreshed and the user picks again. */
export function isSlotGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && /^slot_|^actor_busy$/.test(error.code);
}
