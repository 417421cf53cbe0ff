/**
 * The app: one lab store for the page, filled with the shipped models (fill-models.ts). Until they
 * load every panel says it is loading; a model that fails to load becomes the lab's notice.
 */
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand';
import type { LabStore } from '../state/lab-state';
import { createLabStore } from '../state/store';
import { LabProvider } from '../state/use-lab';
import { fillModels } from './fill-models';
import { Lab } from './Lab';

export function App({ store: given }: { store?: StoreApi<LabStore> }) {
  const [store] = useState(() => given ?? createLabStore());
  useEffect(() => {
    if (Object.keys(store.getState().models).length === 0) void fillModels(store);
  }, [store]);
  return (
    <LabProvider store={store}>
      <Lab />
    </LabProvider>
  );
}
