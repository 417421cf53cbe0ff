/**
 * The app: one lab store for the page, filled with the shipped models as soon as they load. Until
 * then every panel says it is loading; a model that fails to load becomes the lab's notice.
 */
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';
import type { LabStore } from '../state/lab-state';
import { loadShippedModels } from '../state/shipped-models';
import { createLabStore } from '../state/store';
import { LabProvider } from '../state/use-lab';
import { Lab } from './Lab';

/** Reads a file served next to the page (public/), under Vite's base URL. */
async function fetchText(path: string): Promise<string> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

export function App({ store: given }: { store?: StoreApi<LabStore> }) {
  const [store] = useState(() => given ?? createLabStore());
  useEffect(() => {
    if (Object.keys(store.getState().models).length > 0) return;
    let live = true;
    loadShippedModels(fetchText).then(
      (models) => live && store.getState().setModels(models),
      (e: Error) => live && store.setState({ notice: `Could not load the models: ${e.message}` }),
    );
    return () => {
      live = false;
    };
  }, [store]);
  return (
    <LabProvider store={store}>
      <Lab />
    </LabProvider>
  );
}
