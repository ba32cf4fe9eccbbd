import type { LocalizedText } from '@mentoring/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api-client.ts';

/** Survey texts come in both languages; dates show in the reader's language and time zone. */
export function useSurveyFormat() {
  const { i18n } = useTranslation();
  const lang: 'fi' | 'en' = i18n.language.startsWith('en') ? 'en' : 'fi';
  const dates = new Intl.DateTimeFormat(lang === 'fi' ? 'fi-FI' : 'en-GB', { dateStyle: 'medium' });
  const numbers = new Intl.NumberFormat(lang === 'fi' ? 'fi-FI' : 'en-GB', { maximumFractionDigits: 2 });
  return {
    lang,
    text: (value: LocalizedText) => value[lang] || value.fi,
    date: (instant: string) => dates.format(new Date(instant)),
    number: (value: number) => numbers.format(value),
  };
}

/** A date field's `YYYY-MM-DD` as an instant: the start of that day, or its end for a closing date. */
export function dateToInstant(date: string, endOfDay = false): string {
  return new Date(`${date}T${endOfDay ? '23:59:00' : '00:00:00'}`).toISOString();
}

/** An instant as a date field's value, in the reader's time zone. */
export function instantToDate(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const KNOWN = [
  'survey_sent',
  'survey_closed',
  'survey_not_open',
  'survey_not_closed',
  'survey_closes_in_past',
  'no_recipients',
  'program_archived',
  'forbidden',
] as const;
type KnownCode = (typeof KNOWN)[number];
const isKnown = (code: string): code is KnownCode => (KNOWN as readonly string[]).includes(code);

/** A failed survey action in the reader's language; the API's codes are translated, never shown. */
export function surveyErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (isKnown(error.code)) return t(`surveys.errors.${error.code}`);
    if (Object.keys(error.fieldErrors).length > 0) return t('surveys.errors.checkFields');
  }
  return t('errors.generic');
}
