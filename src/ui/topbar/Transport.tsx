/** The transport: go to start, step back, play / pause, step forward, go to end, and the speed. */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';

const selectPlaying = (s: LabStore) => s.playing;
const selectSpeed = (s: LabStore) => s.speed;
const selectAtStart = (s: LabStore) => s.t === 0;
const selectAtEnd = (s: LabStore) => s.t >= s.events.length - 1;

/** Playback rates offered, in steps per second. */
export const SPEEDS = [1, 2, 4, 8, 16, 30] as const;

export function Transport() {
  const speedId = useId();
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const atStart = useLab(selectAtStart);
  const atEnd = useLab(selectAtEnd);
  // actions never change: read them once, without subscribing
  const { goToStart, stepBack, togglePlay, stepForward, goToEnd, setSpeed } =
    useLabStore().getState();
  return (
    <div className="transport" role="group" aria-label="Playback">
      <button type="button" onClick={goToStart} disabled={atStart} aria-keyshortcuts="Home">
        <span aria-hidden="true">|◀</span> Go to start
      </button>
      <button type="button" onClick={stepBack} disabled={atStart} aria-keyshortcuts="ArrowLeft">
        <span aria-hidden="true">◀</span> Step back
      </button>
      <button type="button" className="play" onClick={togglePlay} aria-keyshortcuts="Space">
        {playing ? (
          <>
            <span aria-hidden="true">⏸</span> Pause
          </>
        ) : (
          <>
            <span aria-hidden="true">▶</span> Play
          </>
        )}
      </button>
      <button type="button" onClick={stepForward} disabled={atEnd} aria-keyshortcuts="ArrowRight">
        Step forward <span aria-hidden="true">▶</span>
      </button>
      <button type="button" onClick={goToEnd} disabled={atEnd} aria-keyshortcuts="End">
        Go to end <span aria-hidden="true">▶|</span>
      </button>
      <label htmlFor={speedId}>Speed</label>
      <select id={speedId} value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value))}>
        {SPEEDS.map((v) => (
          <option key={v} value={v}>
            {v} steps/s
          </option>
        ))}
      </select>
    </div>
  );
}
