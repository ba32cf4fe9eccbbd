import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetSessionForTests } from '../features/auth/session-store.ts';
import { i18n } from '../i18n/index.ts';
import { setTokenSource } from '../lib/api-client.ts';
import { server } from './server.ts';

// jsdom does not scroll; the router's scroll restoration calls this on every navigation.
window.scrollTo = () => {};

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
