/**
 * Insert before / after the reading at the cursor, delete it, undo, redo. The timeline's popover
 * shows the first three under names of its own (`names`) and leaves the history to the editor.
 */
import { MAX_EVENTS } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { LabelText, type Label } from './label';
import { NEW_READING } from './reading';
import { StayButton } from '../StayButton';

const selectLength = (s: LabStore) => s.events.length;
const selectCanUndo = (s: LabStore) => s.past.length > 0;
const selectCanRedo = (s: LabStore) => s.future.length > 0;

export interface EditButtonNames {
  before: Label;
  after: Label;
  delete: Label;
}

const PANEL_NAMES: EditButtonNames = {
  before: ['Insert before'],
  after: ['Insert after'],
  delete: ['Delete reading'],
};

interface Props {
  names?: EditButtonNames;
  /** Undo and Redo too (default) */
  history?: boolean;
}

export function EditButtons({ names = PANEL_NAMES, history = true }: Props) {
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
      <StayButton enabled={!full} onClick={() => insertEvent(at(), NEW_READING)}>
        <LabelText label={names.before} />
      </StayButton>
      <StayButton enabled={!full} onClick={() => insertEvent(at() + 1, NEW_READING)}>
        <LabelText label={names.after} />
      </StayButton>
      <StayButton enabled={T > 1} onClick={() => deleteEvent(at())}>
        <LabelText label={names.delete} />
      </StayButton>
      {history && (
        <>
          <StayButton enabled={canUndo} onClick={undo}>
            Undo
          </StayButton>
          <StayButton enabled={canRedo} onClick={redo}>
            Redo
          </StayButton>
        </>
      )}
    </div>
  );
}
