import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';

const KNOWN = [
  'event_full',
  'event_past',
  'invalid_times',
  'unknown_group',
  'unknown_member',
  'invalid_csv',
  'program_archived',
] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN as readonly string[]).includes(code);
}

/** A failed events action in the reader's language; the API's codes are translated, never shown. */
export function eventsErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (isKnown(error.code)) return t(`events.errors.${error.code}`);
  }
  return t('errors.generic');
}

const LINE_PROBLEMS = ['missing_name', 'bad_email', 'bad_student'] as const;

/** A rejected sign-in sheet's per-line problems (`csv.line3` → `missing_name`), in line order. */
export function importLineErrors(error: unknown, t: TFunction): { line: number; message: string }[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid_csv') return [];
  return Object.entries(error.fieldErrors)
    .flatMap(([path, problem]) => {
      const line = /line(\d+)$/.exec(path)?.[1];
      if (line === undefined) return [];
      const known = LINE_PROBLEMS.find((candidate) => candidate === problem);
      return [{ line: Number(line), message: known ? t(`events.import.problems.${known}`) : problem }];
    })
    .sort((a, b) => a.line - b.line);
}
