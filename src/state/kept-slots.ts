/**
 * Slots for what the lab keeps aside in this browser rather than lose: a save it could not read,
 * a save with parts it could not read, a save another tab wrote over which this tab is about to
 * write. Each slot is a key of its own, `gate-lab:kept:<kind>:<time>-<n>`, written once and read
 * back before anything it copies is removed; a slot is never written over, only discarded by the
 * learner. When no copy fits, the save itself stays where it is, "held": the autosave writes
 * nothing over it until the learner has downloaded or discarded it.
 */
import { confirmSet, getItem, keys, removeItem } from './local';
import { SAVE_KEY, UNREADABLE_KEY } from './save';

export const KEPT_PREFIX = 'gate-lab:kept:';

/** Why a save was kept aside. */
export type KeptKind =
  | 'unreadable' // the lab could not read it at all
  | 'parts' // parts of it could not be read (a trained model, a setting) and were reset
  | 'tab'; // another tab wrote it; this tab was about to write over it

export const KEPT_KINDS: readonly KeptKind[] = ['unreadable', 'parts', 'tab'];

/** One kept save: where it is, why, and when it was kept (null: a build before #14 kept it). */
export interface KeptSlot {
  readonly key: string;
  readonly kind: KeptKind;
  readonly at: number | null;
  /** the save itself, kept in place (no copy fitted): nothing is written over it while held */
  readonly held: boolean;
}

const slotOf = (key: string): KeptSlot | null => {
  if (key === UNREADABLE_KEY) return { key, kind: 'unreadable', at: null, held: false };
  const m = /^gate-lab:kept:(\w+):(\d+)-\d+$/.exec(key);
  const kind = KEPT_KINDS.find((k) => k === m?.[1]);
  return m && kind ? { key, kind, at: Number(m[2]), held: false } : null;
};

/** Every slot in this browser, newest first. */
export function listKept(): KeptSlot[] {
  return keys()
    .flatMap((key) => slotOf(key) ?? [])
    .sort((a, b) => (b.at ?? -1) - (a.at ?? -1) || (a.key < b.key ? 1 : -1));
}

/**
 * Copies `text` into a new slot and reads it back; the slot, or null if the copy did not fit
 * (then nothing of it is left behind).
 */
export function keepAside(text: string, kind: KeptKind, at: number): KeptSlot | null {
  let n = 0;
  while (getItem(`${KEPT_PREFIX}${kind}:${at}-${n}`) !== null) n++;
  const key = `${KEPT_PREFIX}${kind}:${at}-${n}`;
  if (confirmSet(key, text)) return { key, kind, at, held: false };
  removeItem(key);
  return null;
}

/** The save itself, held in place because no copy of it fitted. */
export const heldSave = (kind: KeptKind, at: number): KeptSlot => ({
  key: SAVE_KEY,
  kind,
  at,
  held: true,
});

/** A slot's text (null: gone). */
export const readKept = (key: string): string | null => getItem(key);

/** Removes a slot (or a held save) from the browser. */
export const removeKept = (key: string): boolean => removeItem(key);
