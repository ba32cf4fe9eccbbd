import type { Locale } from '@mentoring/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fi } from './fi.ts';

export const LANGUAGES = ['fi', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LANGUAGE: Locale = 'fi';
const STORAGE_KEY = 'mentoring.language';

export const resources = { fi: { translation: fi }, en: { translation: en } } as const;

function isLocale(value: unknown): value is Locale {
  return value === 'fi' || value === 'en';
}

/** The language chosen on this device earlier, or Finnish. Storage can be blocked (private mode, policy). */
function storedLanguage(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** The UI language as a contract `Locale`. */
export function currentLanguage(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** Switches the UI language and remembers it on this device. Saving it to the profile is the caller's job. */
export async function setLanguage(language: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered on this device; the profile still remembers it for signed-in users.
  }
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

// Screen readers pick their pronunciation from <html lang>, so it must follow every switch.
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  // Resources are bundled, so initialise synchronously: the first render already has its strings.
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
