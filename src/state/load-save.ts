/**
 * Reading the save at start, losing nothing: a save that cannot be read, or only in part, is
 * copied into a slot of its own (kept-slots.ts) before anything is removed or written over it. If
 * no copy fits, it stays where it is, held until the learner downloads or discards it, and the
 * notice says so rather than claim it was kept.
 */
import { getItem, removeItem } from './local';
import { heldSave, keepAside, listKept } from './kept-slots';
import { openSave, SAVE_KEY, type Restored } from './save';

const KEPT = 'is kept aside in this browser and can be downloaded below.';
const HELD = 'This browser has no room for a copy, so it stays where it is: nothing is saved over it until you download or discard it below.'; // prettier-ignore

/**
 * The saved work, if any, with what is kept aside in this browser (`state.keptSaves`). An unreadable
 * save is moved into a slot (removed only once its copy reads back); a partly readable one is
 * copied whole into a slot, so the autosave may write the readable part back over it.
 */
export function loadSave(now: number = Date.now()): Restored {
  const text = getItem(SAVE_KEY);
  const { why, restored } = openSave(text);
  const kept = listKept();
  if (text === null || (why === null && restored.notice === null))
    return { ...restored, state: { ...restored.state, keptSaves: kept } };

  const kind = why === null ? 'parts' : 'unreadable';
  const slot = keepAside(text, kind, now);
  if (slot && why !== null) removeItem(SAVE_KEY);
  const notice =
    why === null
      ? `${restored.notice} The save as it was ${slot ? KEPT : `was not copied. ${HELD}`}`
      : `Your saved work could not be read (${why}). The lab opened fresh; the old save ${slot ? KEPT : `was not copied. ${HELD}`}`; // prettier-ignore
  return {
    ...restored,
    notice,
    state: { ...restored.state, keptSaves: [slot ?? heldSave(kind, now), ...kept] },
  };
}
