import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetSessionForTests } from '../features/auth/session-store.ts';
import { en } from '../i18n/en.ts';
import { featureMessages } from '../i18n/features.ts';
import { addMessages, i18n, LANGUAGES } from '../i18n/index.ts';
import { setTokenSource } from '../lib/api-client.ts';
import { server } from './server.ts';

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => {};

// The app loads each feature's strings with its routes; tests render feature components directly,
// so every feature's strings (and the English shell, a chunk of its own in the app) are there from
// the start, in both languages.
addMessages('en', 'shell', en);
for (const language of LANGUAGES) {
  for (const [feature, messages] of Object.entries(featureMessages[language])) {
    addMessages(language, feature as keyof (typeof featureMessages)['fi'], messages);
  }
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// The web project runs files without isolation (one jsdom per worker, for speed), so every test
// leaves the shared modules as it found them: no session, no token source, Finnish, empty storage.
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  setTokenSource(null);
  resetSessionForTests();
  localStorage.clear();
  await i18n.changeLanguage('fi');
});

afterAll(() => server.close());
