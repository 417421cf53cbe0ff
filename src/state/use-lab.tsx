/**
 * The thin React layer over the store (the one file in state/ that may import React): a provider
 * that hands one store to the tree, and hooks that subscribe a component to a selected slice.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { LabStore } from './lab-state';

const LabContext = createContext<StoreApi<LabStore> | null>(null);

/** Makes `store` the lab's store for everything inside. */
export function LabProvider({
  store,
  children,
}: {
  store: StoreApi<LabStore>;
  children: ReactNode;
}) {
  return <LabContext.Provider value={store}>{children}</LabContext.Provider>;
}

/** The store itself, for event handlers and clocks that act without subscribing. */
export function useLabStore(): StoreApi<LabStore> {
  const store = useContext(LabContext);
  if (!store) throw new Error('useLab needs a <LabProvider> above it');
  return store;
}

/** Subscribes to what `selector` picks; the component re-renders only when that changes. */
export function useLab<U>(selector: (s: LabStore) => U): U {
  return useStore(useLabStore(), selector);
}
