/**
 * Autosave in the browser's local storage: read once at start (state/load-save.ts: what cannot be
 * read is kept aside, never deleted), trained models put back once the shipped ones have loaded,
 * and the lab written back (state/write.ts) a moment after each change that a reload should keep —
 * at once if the page is hidden or goes away first, so a change made just before closing is kept.
 */
import type { StoreApi } from 'zustand';
import type { CellKind } from './core';
import type { LabStore } from './state/lab-state';
import type { Forcing } from './state/slices/training';
import { SAVED } from './state/kept';
import { KEPT_PREFIX } from './state/kept-slots';
import { getItem } from './state/local';
import { SAVE_KEY, UNREADABLE_KEY, type Restored } from './state/save';
import { createWriter, isHeld, writeSave } from './state/write';

export { loadSave } from './state/load-save';

const SETTLE_MS = 500;

/**
 * Trained models (from a save or a link) loaded over the shipped ones, with the forcing a link
 * names for them: now if those have loaded, or as soon as they do. The shipped ones are kept for
 * "Restore the shipped …". Resolves once applied.
 */
export function restoreTrained(
  store: StoreApi<LabStore>,
  trained: Restored['trained'],
  forcing?: Forcing,
): Promise<void> {
  const kinds = Object.keys(trained) as CellKind[];
  if (kinds.length === 0 && !forcing) return Promise.resolve();
  // the shipped models first: they are kept for "Restore the shipped …"
  const ready = (s: LabStore) => (kinds.length ? kinds : [s.kind]).every((k) => s.models[k]);
  return new Promise((resolve) => {
    const apply = (s: LabStore) => resolve(s.restoreTrainedModels(trained, forcing));
    if (ready(store.getState())) return apply(store.getState());
    const unsubscribe = store.subscribe((s) => {
      if (!ready(s)) return;
      unsubscribe();
      // after the change that brought the shipped models has reached every subscriber, not
      // inside it (a change made there would reach the later subscribers out of order)
      queueMicrotask(() => apply(store.getState()));
    });
  });
}

/** What a reload keeps (kept.ts), compared by identity to see whether anything changed. */
const kept = (s: LabStore) => SAVED.map((k) => s[k]);

/** Writes the lab to local storage a moment after each change worth keeping. */
export function autosave(store: StoreApi<LabStore>): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = kept(store.getState());
  let held = isHeld(store.getState());
  let pending = false;
  const writer = createWriter(Math.random().toString(36).slice(2, 10));
  const write = () => {
    clearTimeout(timer);
    pending = false;
    writeSave(store, writer);
  };
  const later = () => {
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(write, SETTLE_MS);
  };
  const unsubscribe = store.subscribe((s) => {
    if (held && !isHeld(s)) {
      // the held save was downloaded or discarded: what is stored now may be written over
      writer.seen = getItem(SAVE_KEY);
      later();
    }
    held = isHeld(s);
    const now = kept(s);
    if (now.every((x, k) => x === last[k])) return;
    last = now;
    later();
  });
  // the page may never come back from hidden (a phone) or from pagehide (closed, reloaded)
  const flush = () => pending && write();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  // another tab kept or discarded a save aside: list them again
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === UNREADABLE_KEY || e.key.startsWith(KEPT_PREFIX))
      store.getState().refreshKept();
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('storage', onStorage);
  };
}
