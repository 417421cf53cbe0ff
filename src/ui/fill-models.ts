/**
 * Fills a lab store with the shipped models, once per store: the page starts this before its
 * first render (the models are preloaded beside the script, so the lab paints once, with the
 * model, rather than a loading state and then the model); App starts it for a store that arrives
 * empty. A model that fails to load becomes the lab's notice.
 */
import type { StoreApi } from 'zustand';
import type { LabStore } from '../state/lab-state';
import { loadShippedModels } from '../state/shipped-models';

/** A task of its own for what follows: the page stays responsive between the pieces of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads a file served next to the page (public/), under Vite's base URL; each file is then
 * checked in a task of its own. */
async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const text = await response.text();
  await nextTask();
  return text;
}

const filling = new WeakMap<StoreApi<LabStore>, Promise<void>>();

/** Settles when the store has its models or its notice says why not. */
export function fillModels(store: StoreApi<LabStore>): Promise<void> {
  let done = filling.get(store);
  if (!done) {
    done = loadShippedModels(fetchText).then(
      // the first run of the shown model in a task of its own too
      (models) => nextTask().then(() => store.getState().setModels(models)),
      (e: Error) =>
        store
          .getState()
          .notify({ kind: 'models', text: `Could not load the models: ${e.message}` }),
    );
    filling.set(store, done);
  }
  return done;
}
