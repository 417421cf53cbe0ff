import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { autosave, loadSave, restoreTrained } from './autosave';
import { readLink } from './state/link';
import { takeOwnLink } from './state/own-link';
import { reloadOnUpdate } from './sw-update';
import { clampNotice, holdForcing, openingNotice, openingState } from './state/opening';
import { unpackWeights } from './state/weights-code';
import { sweepWorkerLane } from './sim/sweep-lane';
import { createLabStore } from './state/store';
import { createWorkerHost } from './sim/train-host';
import { App } from './ui/App';
import { fillModels } from './ui/fill-models';
import { initTheme } from './ui/theme';
import { Turns } from './ui/turns';
import './ui/tokens.css';
import './ui/app.css';

initTheme(); // data-theme on <html> before the first paint

// A shared link opens the view it names, over the work saved in this browser; what either gets
// wrong falls back to defaults, with a notice.
const saved = loadSave();
// a link this tab left as it reloaded is older than the save it wrote then: the save's view wins
const link = readLink(takeOwnLink(window.location.hash) ? '' : window.location.hash);
// with trained weights, the link's forcing waits for them: their H decides which units exist
const [opening, forcing] = link.weights
  ? holdForcing(openingState(saved.state, link.state))
  : [openingState(saved.state, link.state), undefined];
const store = createLabStore(
  { ...opening, notice: openingNotice(link.notice, saved.notice) },
  {
    trainer: createWorkerHost(),
    sweeper: { size: navigator.hardwareConcurrency || 2, openLane: sweepWorkerLane },
  },
);
const filled = fillModels(store);
void restoreTrained(store, saved.trained);
// a link's trained weights come packed; they replace the shown kind's model once unpacked
const opened = !link.weights
  ? filled
  : unpackWeights(store.getState().kind, link.weights).then(
      (model) => restoreTrained(store, { [model.cell.kind]: model }, forcing),
      (e: Error) => {
        store.getState().notify({ kind: 'link', text: `The link's trained model could not be read: ${e.message}.` }); // prettier-ignore
        return restoreTrained(store, {}, forcing);
      },
    );
// a step, unit or scope the sequence or the model does not have was brought within it: say so
void opened.then(() => {
  const s = store.getState();
  const clamped = clampNotice(link.state, s);
  if (clamped) s.notify({ kind: 'link', text: s.notice ? `${s.notice.text} ${clamped}` : clamped });
});
autosave(store);

if ('serviceWorker' in navigator)
  reloadOnUpdate(navigator.serviceWorker, () => window.location.reload());

// The UI benchmark's build (vite build --mode bench) gets a handle to load its own model and
// sequence; production builds drop this branch.
if (import.meta.env.MODE === 'bench') void import('./bench-hook').then((m) => m.install(store));

/**
 * Puts the lab on the page. As a transition, React renders it in slices of a few milliseconds, and
 * the first screen arrives in turns (turns.tsx), so a phone stays responsive while the lab builds.
 */
const mount = () =>
  startTransition(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <Turns>
          <App store={store} />
        </Turns>
      </StrictMode>,
    ),
  );

// The first render waits for the shipped models (preloaded by index.html, so they are usually in
// before the script): the lab paints once, with the model, rather than a loading state and then a
// second full render. It starts in a task of its own, after the shown model's first run.
void filled.then(() => setTimeout(mount));
