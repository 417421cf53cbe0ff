/** The top bar's "Start lesson" button: opens the lesson, or brings an open one into view. */
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { startLesson } from './navigate';

const selectOpen = (s: LabStore) => s.lesson !== null;

export function StartLesson() {
  const store = useLabStore();
  const open = useLab(selectOpen);
  const onClick = () =>
    open ? document.getElementById('lesson-heading')?.focus() : startLesson(store.getState());
  return (
    <button
      type="button"
      className="start-lesson"
      onClick={onClick}
      aria-expanded={open}
      aria-label="Start lesson"
    >
      <span className="narrow-sr">Start </span>
      <span className="narrow-cap">lesson</span>
    </button>
  );
}
