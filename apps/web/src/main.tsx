import './styles/app.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { connectSession, restoreSession } from './features/auth/session-store.ts';

connectSession();
// Start restoring the session before React renders, in parallel with loading the first page's code.
void restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
