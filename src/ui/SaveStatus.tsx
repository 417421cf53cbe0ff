/**
 * "Not saved", for as long as it is true: while the browser refuses to store the work (storage
 * full or off), or while a kept save is held in place (nothing is written over it). It goes once a
 * write succeeds.
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { isHeld } from '../state/write';

const selectWhy = (s: LabStore) =>
  isHeld(s)
    ? 'Not saved: your old save is kept where it is until you download or discard it (below).'
    : s.unsaved
      ? 'Not saved: this browser refuses to store your work (storage full or off). What you change now is lost when this tab closes.'
      : null;

export function SaveStatus() {
  const why = useLab(selectWhy);
  if (why === null) return null;
  return (
    <p className="notice save-status" role="status" aria-label="Not saved">
      {why}
    </p>
  );
}
