import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readLink } from './state/link';
import { createLabStore } from './state/store';
import { createWorkerHost } from './sim/train-host';
import { App } from './ui/App';
import './ui/app.css';

// a shared link opens the view it names; what it gets wrong falls back to defaults, with a notice
const link = readLink(window.location.hash);
const store = createLabStore(
  { ...link.state, notice: link.notice },
  { trainer: createWorkerHost() },
);

// The UI benchmark's build (vite build --mode bench) gets a handle to load its own model and
// sequence; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.install(store));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
