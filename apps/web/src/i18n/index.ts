import type { Locale } from '@mentoring/contracts';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Feature } from './features.ts';
import { fi } from './fi.ts';

export const LANGUAGES = ['fi', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LANGUAGE: Locale = 'fi';
const STORAGE_KEY = 'mentoring.language';

// Finnish, the default and fallback, is bundled; English arrives as a chunk when it is chosen. A copy:
// i18next merges the features' strings into the object it is given, and `fi` stays the shell alone.
export const resources = { fi: { translation: { ...fi } } } as const;

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
  if (i18n.language === language) return;
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/**
 * Loads a language's shell strings and those of every feature already on screen (or on its way).
 * main.tsx waits for it before the first render, so an English visitor never sees Finnish first.
 */
export async function loadLanguage(language: Locale): Promise<void> {
  await Promise.all([
    loadPart('shell', language),
    ...[...requested].map((feature) => loadPart(feature, language)),
  ]);
}

export type { Feature } from './features.ts';

/**
 * Each feature's strings are a chunk of their own per language, loaded with the routes that show them
 * (see app/router.tsx), so the first page downloads only the shell's strings.
 */
const loaders: Record<Part, Record<Locale, () => Promise<object>>> = {
  shell: {
    fi: async () => fi,
    en: () => import('./en.ts').then((m) => m.en),
  },
  matching: {
    fi: () => import('./matching.fi.ts').then((m) => m.matchingFi),
    en: () => import('./matching.en.ts').then((m) => m.matchingEn),
  },
  progress: {
    fi: () => import('./progress.fi.ts').then((m) => m.progressFi),
    en: () => import('./progress.en.ts').then((m) => m.progressEn),
  },
  scheduling: {
    fi: () => import('./scheduling.fi.ts').then((m) => m.schedulingFi),
    en: () => import('./scheduling.en.ts').then((m) => m.schedulingEn),
  },
  surveys: {
    fi: () => import('./surveys.fi.ts').then((m) => m.surveysFi),
    en: () => import('./surveys.en.ts').then((m) => m.surveysEn),
  },
  events: {
    fi: () => import('./events.fi.ts').then((m) => m.eventsFi),
    en: () => import('./events.en.ts').then((m) => m.eventsEn),
  },
  reports: {
    fi: () => import('./reports.fi.ts').then((m) => m.reportsFi),
    en: () => import('./reports.en.ts').then((m) => m.reportsEn),
  },
  privacy: {
    fi: () => import('./privacy.fi.ts').then((m) => m.privacyFi),
    en: () => import('./privacy.en.ts').then((m) => m.privacyEn),
  },
};

/** Features some page has asked for: a language switch loads these in the new language first. */
const requested = new Set<Feature>();
const loading = new Map<string, Promise<void>>([['shell:fi', Promise.resolve()]]);

/** A language's strings come in parts: the shell (top-level keys) and one part per feature. */
type Part = Feature | 'shell';

/**
 * Adds a part's strings to the single `translation` namespace: the shell's at the top, a feature's
 * under its own key (`matching.…`). The unit tests' setup adds every part this way.
 */
export function addMessages(language: Locale, part: Part, messages: object): void {
  if (part !== 'shell') requested.add(part);
  loading.set(`${part}:${language}`, Promise.resolve());
  i18n.addResourceBundle(
    language,
    'translation',
    part === 'shell' ? messages : { [part]: messages },
    true,
    true,
  );
}

function loadPart(part: Part, language: Locale): Promise<void> {
  const key = `${part}:${language}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[part][language]().then((messages) => addMessages(language, part, messages));
    // A failed download (offline for a moment) is tried again the next time a page asks.
    pending.catch(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Resolves once the features' strings are there in the current language. Lazy routes wait for it
 * together with their code, so a page never renders raw keys.
 */
export async function loadFeatures(...features: Feature[]): Promise<void> {
  for (const feature of features) requested.add(feature);
  const language = currentLanguage();
  await Promise.all(features.map((feature) => loadPart(feature, language)));
  // The language changed while these were on their way: load them in the new one too.
  const now = currentLanguage();
  if (now !== language) await Promise.all(features.map((feature) => loadPart(feature, now)));
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
  // Finnish is bundled, so initialise synchronously. English (when stored) is loaded before the first
  // render (main.tsx); features add theirs with `loadFeatures` before their routes render.
  initAsync: false,
  returnNull: false,
  showSupportNotice: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
