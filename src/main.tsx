import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { autosave, loadSave, restoreTrained } from './autosave';
import { readLink } from './state/link';
import { openingState } from './state/opening';
import { unpackWeights } from './state/weights-code';
import { createLabStore } from './state/store';
import { createWorkerHost } from './sim/train-host';
import { App } from './ui/App';
import './ui/app.css';

// A shared link opens the view it names, over the work saved in this browser; what either gets
// wrong falls back to defaults, with a notice.
const saved = loadSave();
const link = readLink(window.location.hash);
const store = createLabStore(
  { ...openingState(saved.state, link.state), notice: link.notice ?? saved.notice },
  { trainer: createWorkerHost() },
);
restoreTrained(store, saved.trained);
// a link's trained weights come packed; they replace the shown kind's model once unpacked
if (link.weights) {
  const kind = store.getState().kind;
  unpackWeights(kind, link.weights).then(
    (model) => restoreTrained(store, { [kind]: model }),
    (e: Error) => store.setState({ notice: `The link's trained model could not be read: ${e.message}.` }), // prettier-ignore
  );
}
autosave(store);

// A new version's service worker takes over at once (autoUpdate, clientsClaim): reload, so the
// page's scripts and lazy chunks match what the cache now holds. The first install also changes
// the controller, from none: no reload then. The work is autosaved, so a reload loses nothing
// but a training run in progress.
if ('serviceWorker' in navigator) {
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) window.location.reload();
  });
}

// The UI benchmark's build (vite build --mode bench) gets a handle to load its own model and
// sequence; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.install(store));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
