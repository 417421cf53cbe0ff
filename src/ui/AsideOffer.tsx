/**
 * Edited sequences put aside when a link opened its own (or a lesson was left through a link, or
 * another tab saved its own): offered back, never silently lost — the newest first, the earlier
 * ones (state/asides.ts) in a list under it. While the lesson is open, the lesson says the
 * sequence comes back.
 */
import { useShallow } from 'zustand/shallow';
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';

const selectReadings = (s: LabStore) => (s.lesson === null ? (s.aside?.events.length ?? 0) : 0);
const selectEarlier = (s: LabStore) =>
  s.lesson === null ? s.earlierAsides.map((a) => a.events.length) : [];
const selectBringBack = (s: LabStore) => s.bringBackAside;
const selectDiscard = (s: LabStore) => s.discardAside;

export function AsideOffer() {
  const readings = useLab(selectReadings);
  const earlier = useLab(useShallow(selectEarlier));
  const bringBack = useLab(selectBringBack);
  const discard = useLab(selectDiscard);
  if (readings === 0) return null;
  return (
    <div className="aside-offer">
      <p>
        Your edited sequence ({readings} readings) was put aside for the one shown.{' '}
        <button type="button" onClick={() => bringBack(0)}>
          Bring back my sequence
        </button>{' '}
        <button type="button" onClick={() => discard(0)}>
          Discard my sequence
        </button>
      </p>
      {earlier.length > 0 && (
        <details>
          <summary>Earlier sequences put aside ({earlier.length})</summary>
          <ol aria-label="Earlier sequences put aside">
            {earlier.map((n, k) => (
              <li key={k}>
                {n} readings{' '}
                <button type="button" onClick={() => bringBack(k + 1)}>
                  Bring back sequence {k + 2}
                </button>{' '}
                <button type="button" onClick={() => discard(k + 1)}>
                  Discard sequence {k + 2}
                </button>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
