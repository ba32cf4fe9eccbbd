import 'i18next';
import type { featureMessages } from './features.ts';
import type { fi } from './fi.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The shell's strings plus every feature's, though features arrive with their routes: keys stay typed.
    resources: { translation: typeof fi & (typeof featureMessages)['fi'] };
  }
}
