import { eventsEn } from './events.en.ts';
import { eventsFi } from './events.fi.ts';
import { matchingEn } from './matching.en.ts';
import { matchingFi } from './matching.fi.ts';
import { privacyEn } from './privacy.en.ts';
import { privacyFi } from './privacy.fi.ts';
import { progressEn } from './progress.en.ts';
import { progressFi } from './progress.fi.ts';
import { reportsEn } from './reports.en.ts';
import { reportsFi } from './reports.fi.ts';
import { schedulingEn } from './scheduling.en.ts';
import { schedulingFi } from './scheduling.fi.ts';
import { surveysEn } from './surveys.en.ts';
import { surveysFi } from './surveys.fi.ts';

/**
 * Every feature's strings in both languages at once. The app never imports this module at run time
 * (each route loads its features' strings with `loadFeatures`, see index.ts); the types, the key
 * parity test and the unit tests' setup do, so they always see the complete key set.
 */
export const featureMessages = {
  fi: {
    matching: matchingFi,
    progress: progressFi,
    scheduling: schedulingFi,
    surveys: surveysFi,
    events: eventsFi,
    reports: reportsFi,
    privacy: privacyFi,
  },
  en: {
    matching: matchingEn,
    progress: progressEn,
    scheduling: schedulingEn,
    surveys: surveysEn,
    events: eventsEn,
    reports: reportsEn,
    privacy: privacyEn,
  },
} as const;

export type Feature = keyof (typeof featureMessages)['fi'];
