import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectDataLayer } from './app/data-layer';
import { preloadOpeningPage } from './app/router';
import { sessionStore } from './features/auth/lib/session-store';
import { initI18n } from './i18n/i18n';
// The frame, the tokens and the base; each component brings its own styles (*.module.css).
import './styles/global.css';

await initI18n();
connectDataLayer();
// After the data layer is connected: a prefetched answer goes with the reader's language, as the page's own would.
preloadOpeningPage();
// With a session cookie, learn whose it is while the first page renders.
sessionStore.start();

const root = createRoot(document.getElementById('root')!);
// As a transition the first render yields to the browser every few milliseconds instead of
// blocking a slow phone for one long task; the static header stays until it commits.
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
