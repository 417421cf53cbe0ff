/**
 * An edited sequence put aside when a link opened its own (or a lesson was left through a link):
 * offered back, never silently lost. While the lesson is open, the lesson says it comes back.
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';

const selectReadings = (s: LabStore) => (s.lesson === null ? (s.aside?.events.length ?? 0) : 0);
const selectBringBack = (s: LabStore) => s.bringBackAside;
const selectDiscard = (s: LabStore) => s.discardAside;

export function AsideOffer() {
  const readings = useLab(selectReadings);
  const bringBack = useLab(selectBringBack);
  const discard = useLab(selectDiscard);
  if (readings === 0) return null;
  return (
    <p className="aside-offer">
      Your edited sequence ({readings} readings) was put aside for the one shown.{' '}
      <button type="button" onClick={bringBack}>
        Bring back my sequence
      </button>{' '}
      <button type="button" onClick={discard}>
        Discard my sequence
      </button>
    </p>
  );
}
