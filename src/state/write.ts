/**
 * One autosave write, losing nothing. Before writing, a tab reads what is stored: if it is not
 * the save this tab last read or wrote, another tab wrote it since, and its work is kept first (a
 * slot with its whole save, and its edited sequences put aside here). A save held in place (no copy
 * fitted) is never written over. Whether the browser took the write is the store's `unsaved`.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { CellKind } from '../core';
import { keepAside } from './kept-slots';
import type { LabStore } from './lab-state';
import { getItem, setItem } from './local';
import { readSave, revOf, saveOf, SAVE_KEY } from './save';

/** What a tab remembers between its writes. */
export interface Writer {
  /** the save as this tab last read or wrote it (null: none) */
  seen: string | null;
  /** this tab's id, written into each save it makes */
  tab: string;
}

/** A writer for a tab starting now, from what is stored. */
export const createWriter = (tab: string): Writer => ({ seen: getItem(SAVE_KEY), tab });

/** Whether a kept save is held in place, so that nothing may be written over it. */
export const isHeld = (s: Pick<LabStore, 'keptSaves'>): boolean => s.keptSaves.some((k) => k.held);

/** Writes the lab's save now, unless that would lose a save this tab has not seen. */
export function writeSave(store: StoreApi<LabStore>, w: Writer, now: number = Date.now()): void {
  if (isHeld(store.getState())) return;
  const stored = getItem(SAVE_KEY);
  if (stored !== null && stored !== w.seen) {
    const slot = keepAside(stored, 'tab', now);
    store.getState().keepOtherTab(slot, readSave(stored).state, now);
    if (!slot) return;
  }
  const s = store.getState();
  const trained = Object.keys(s.replacedModels) as CellKind[];
  const text = saveOf(s, trained, { rev: revOf(stored) + 1, tab: w.tab });
  const ok = setItem(SAVE_KEY, text);
  if (ok) w.seen = text;
  s.setUnsaved(!ok);
}
