import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers in the UI language: "1 756" and "3,4" in Finnish, "1,756" and "3.4" in English. */
export function useNumberFormat(): (value: number, maximumFractionDigits?: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    return (value: number, maximumFractionDigits = 0) => {
      let format = formats.get(maximumFractionDigits);
      if (!format) {
        format = new Intl.NumberFormat(language, { maximumFractionDigits });
        formats.set(maximumFractionDigits, format);
      }
      return format.format(value);
    };
  }, [language]);
}
