import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { connectSession, restoreSession } from './features/auth/session-store.ts';
import { currentLanguage, loadLanguage } from './i18n/index.ts';

connectSession();
// Start restoring the session before React renders, in parallel with loading the first page's code.
void restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// An English visitor's strings are a small chunk of their own: wait for it, so the first render is
// already in English. If it cannot be loaded, the page renders in Finnish (the fallback) instead.
void loadLanguage(currentLanguage())
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
