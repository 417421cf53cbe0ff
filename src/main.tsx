import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { autosave, loadSave, restoreTrained } from './autosave';
import { readLink } from './state/link';
import { createLabStore } from './state/store';
import { createWorkerHost } from './sim/train-host';
import { App } from './ui/App';
import './ui/app.css';

// A shared link opens the view it names, over the work saved in this browser; what either gets
// wrong falls back to defaults, with a notice.
const saved = loadSave();
const link = readLink(window.location.hash);
// a link's own sequence is its original, not the saved one
const base = link.state.events ? { ...saved.state, original: undefined } : saved.state;
const store = createLabStore(
  { ...base, ...link.state, notice: link.notice ?? saved.notice },
  { trainer: createWorkerHost() },
);
restoreTrained(store, saved.trained);
autosave(store);

// The UI benchmark's build (vite build --mode bench) gets a handle to load its own model and
// sequence; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.install(store));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
