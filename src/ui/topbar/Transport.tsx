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
      <button
        type="button"
        className="icon"
        onClick={goToStart}
        disabled={atStart}
        aria-keyshortcuts="Home"
        title="Go to start (Home)"
        aria-label="Go to start"
      >
        <span aria-hidden="true">|◀</span>
      </button>
      <button
        type="button"
        className="icon"
        onClick={stepBack}
        disabled={atStart}
        aria-keyshortcuts="ArrowLeft"
        title="Step back (←)"
        aria-label="Step back"
      >
        <span aria-hidden="true">◀</span>
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
      <button
        type="button"
        className="icon"
        onClick={stepForward}
        disabled={atEnd}
        aria-keyshortcuts="ArrowRight"
        title="Step forward (→)"
        aria-label="Step forward"
      >
        <span aria-hidden="true">▶</span>
      </button>
      <button
        type="button"
        className="icon"
        onClick={goToEnd}
        disabled={atEnd}
        aria-keyshortcuts="End"
        title="Go to end (End)"
        aria-label="Go to end"
      >
        <span aria-hidden="true">▶|</span>
      </button>
      <label htmlFor={speedId} className="speed-label">
        Speed
      </label>
      <select
        id={speedId}
        title="Playback speed, in steps per second"
        value={speed}
        onChange={(e) => setSpeed(Number(e.currentTarget.value))}
      >
        {SPEEDS.map((v) => (
          <option key={v} value={v}>
            {v}/s
          </option>
        ))}
      </select>
    </div>
  );
}
