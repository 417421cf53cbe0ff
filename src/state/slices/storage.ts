/**
 * The storage slice: the saves kept aside in this browser (kept-slots.ts) and whether the work on
 * screen is saved. The autosave (src/autosave.ts, write.ts) reports into it; the page shows it
 * (SaveRecovery, SaveStatus) until it changes.
 */
import { editedOf, putAside, asidesOf, type Asides } from '../asides';
import { heldSave, listKept, removeKept, type KeptSlot } from '../kept-slots';
import type { LabState, StorageSlice } from '../lab-state';
import type { Get, Set } from './commit';

/** The other tab's edited sequences, oldest first, put aside over ours (newest ends up first). */
function withOthers(ours: Asides, other: Partial<LabState>, under: boolean): Asides {
  const theirs = [editedOf(other), ...asidesOf(other)].filter((a) => a !== null).reverse();
  return theirs.reduce((s, a) => putAside(s, a, under), ours);
}

export const storageSlice = (set: Set, get: Get): StorageSlice => ({
  keptSaves: [],
  unsaved: false,
  setUnsaved: (unsaved) => {
    if (get().unsaved !== unsaved) set({ unsaved });
  },
  refreshKept: () => set({ keptSaves: [...get().keptSaves.filter((k) => k.held), ...listKept()] }),
  keepOtherTab: (slot, other, at) => {
    const s = get();
    const kept: KeptSlot = slot ?? heldSave('tab', at);
    set({
      keptSaves: [kept, ...s.keptSaves],
      ...withOthers(s, other, s.lesson !== null),
      notice: {
        kind: 'storage',
        text: slot
          ? 'Another tab saved its work here since this one last saved. It is kept: its edited sequences are put aside, and its whole save can be downloaded below.'
          : 'Another tab saved its work here since this one last saved, and this browser has no room to keep a copy: this tab saves nothing over it until you download or discard it below.',
      },
    });
  },
  keptDownloaded: (key) => {
    const kept = get().keptSaves;
    if (kept.some((k) => k.key === key && k.held))
      set({ keptSaves: kept.filter((k) => k.key !== key) });
  },
  discardKept: (key) => {
    removeKept(key);
    set({ keptSaves: get().keptSaves.filter((k) => k.key !== key) });
  },
});
