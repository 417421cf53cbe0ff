import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createLabStore } from './state/store';
import { createWorkerHost } from './sim/train-host';
import { App } from './ui/App';
import './ui/app.css';

const store = createLabStore({}, { trainer: createWorkerHost() });

// The UI benchmark's build (vite build --mode bench) gets a handle to load its own model and
// sequence; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.install(store));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
