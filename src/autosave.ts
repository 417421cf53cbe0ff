/**
 * Autosave in the browser's local storage: read once at start (an unreadable save is moved aside,
 * never deleted), trained models put back once the shipped ones have loaded, and the lab written
 * back a moment after each change that a reload should keep.
 */
import type { StoreApi } from 'zustand';
import type { CellKind } from './core';
import type { LabStore } from './state/lab-state';
import { SAVED } from './state/kept';
import { readSave, saveOf, SAVE_KEY, UNREADABLE_KEY, type Restored } from './state/save';

const SETTLE_MS = 500;

/** Storage that may be missing or refuse (private mode, quota): every call is guarded. */
const storage = {
  get: (key: string): string | null => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key: string, value: string): boolean => {
    try {
      window.localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove: (key: string) => {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // nothing to do: the storage is not there
    }
  },
};

/** The saved work, if any; a save that cannot be read is moved to UNREADABLE_KEY. */
export function loadSave(): Restored {
  const text = storage.get(SAVE_KEY);
  const restored = readSave(text);
  if (restored.unreadable && text !== null) {
    storage.set(UNREADABLE_KEY, text);
    storage.remove(SAVE_KEY);
  }
  return restored;
}

/**
 * Trained models (from a save or a link) loaded over the shipped ones: now if those have loaded,
 * or as soon as they do. The shipped ones are kept for "Restore the shipped …".
 */
export function restoreTrained(store: StoreApi<LabStore>, trained: Restored['trained']): void {
  const kinds = Object.keys(trained) as CellKind[];
  if (kinds.length === 0) return;
  const ready = (s: LabStore) => kinds.every((k) => s.models[k]);
  const apply = (s: LabStore) => s.restoreTrainedModels(trained);
  if (ready(store.getState())) return apply(store.getState());
  const unsubscribe = store.subscribe((s) => {
    if (!ready(s)) return;
    unsubscribe();
    apply(s);
  });
}

/** What a reload keeps (kept.ts), compared by identity to see whether anything changed. */
const kept = (s: LabStore) => SAVED.map((k) => s[k]);

/** Writes the lab to local storage a moment after each change worth keeping. */
export function autosave(store: StoreApi<LabStore>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = kept(store.getState());
  let warned = false;
  const write = () => {
    const s = store.getState();
    const trained = Object.keys(s.replacedModels) as CellKind[];
    if (!storage.set(SAVE_KEY, saveOf(s, trained)) && !warned) {
      warned = true;
      store.getState().notify({ kind: 'storage', text: 'This browser would not save your work (storage full or off).' }); // prettier-ignore
    }
  };
  const unsubscribe = store.subscribe((s) => {
    const now = kept(s);
    if (now.every((x, k) => x === last[k])) return;
    last = now;
    clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
