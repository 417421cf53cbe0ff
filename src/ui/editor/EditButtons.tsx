/** Insert before / after the reading at the cursor, delete it, undo, redo. */
import { MAX_EVENTS } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { NEW_READING } from './reading';

const selectLength = (s: LabStore) => s.events.length;
const selectCanUndo = (s: LabStore) => s.past.length > 0;
const selectCanRedo = (s: LabStore) => s.future.length > 0;

export function EditButtons() {
  const T = useLab(selectLength);
  const canUndo = useLab(selectCanUndo);
  const canRedo = useLab(selectCanRedo);
  const store = useLabStore();
  // handlers read t when pressed, so the buttons do not re-render on every step
  const at = () => store.getState().t;
  const { insertEvent, deleteEvent, undo, redo } = store.getState();
  const full = T >= MAX_EVENTS;
  return (
    <div className="edit-buttons">
      <button type="button" disabled={full} onClick={() => insertEvent(at(), NEW_READING)}>
        Insert before
      </button>
      <button type="button" disabled={full} onClick={() => insertEvent(at() + 1, NEW_READING)}>
        Insert after
      </button>
      <button type="button" disabled={T <= 1} onClick={() => deleteEvent(at())}>
        Delete reading
      </button>
      <button type="button" disabled={!canUndo} onClick={undo}>
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo}>
        Redo
      </button>
    </div>
  );
}
