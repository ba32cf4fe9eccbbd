import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';

const KNOWN = [
  'mentor_at_capacity',
  'actor_already_matched',
  'invalid_transition',
  'match_closed',
  'duplicate_actor',
  'duplicate_wish',
  'unknown_reference',
  'program_archived',
] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN as readonly string[]).includes(code);
}

/** A failed matching action in the reader's language; the API's codes are translated, never shown. */
export function matchingErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (isKnown(error.code)) return t(`matching.errors.${error.code}`);
  }
  return t('errors.generic');
}
