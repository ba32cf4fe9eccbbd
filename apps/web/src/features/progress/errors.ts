import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';

const KNOWN = [
  'already_logged',
  'session_in_future',
  'booking_cancelled',
  'unknown_reference',
  'program_archived',
  'too_many_goals',
  'invalid_transition',
  'forbidden',
] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN as readonly string[]).includes(code);
}

/** A failed progress action in the reader's language; the API's codes are translated, never shown. */
export function progressErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (isKnown(error.code)) return t(`progress.errors.${error.code}`);
    if (Object.keys(error.fieldErrors).length > 0) return t('progress.errors.checkFields');
  }
  return t('errors.generic');
}
