import type { Tag } from '@mentoring/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/dates.ts';

/** Dates, times and topic names in the UI language (Intl), made once per language. */
export function useProgressFormat(tags: readonly Tag[] = []) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    });
    const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', year: 'numeric' });
    const labels = new Map(tags.map((tag) => [tag.slug, language === 'en' ? tag.labelEn : tag.labelFi]));
    return {
      /** An instant in the viewer's own time zone: "la 28.11.2026 klo 14.00". */
      dateTime: (instant: string) => dateTime.format(new Date(instant)),
      /** The calendar day of an instant: "28.11.2026". */
      day: (instant: string) => day.format(new Date(instant)),
      /** A `YYYY-MM-DD` date, never shifted by the viewer's zone. */
      plainDate: (date: string) => formatDate(date, language),
      topic: (slug: string) => labels.get(slug) ?? slug,
    };
  }, [language, tags]);
}

/** Today as `YYYY-MM-DD` in the viewer's zone; due dates compare as strings. */
export function todayPlain(now = new Date()): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
