/** The transport: go to start, step back, play / pause, step forward, go to end, and the speed. */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { StayButton } from '../StayButton';

const selectPlaying = (s: LabStore) => s.playing;
const selectSpeed = (s: LabStore) => s.speed;
const selectAtStart = (s: LabStore) => s.t === 0;
const selectAtEnd = (s: LabStore) => s.t >= s.events.length - 1;

/** Playback rates offered, in steps per second. */
export const SPEEDS = [1, 2, 4, 8, 16, 30] as const;

type Move = 'goToStart' | 'stepBack' | 'stepForward' | 'goToEnd';

/** The step buttons: an icon on screen, the name for everyone else, the key in the tooltip. */
const MOVES: readonly { move: Move; name: string; icon: string; key: string; keyName: string }[] = [
  { move: 'goToStart', name: 'Go to start', icon: '|◀', key: 'Home', keyName: 'Home' },
  { move: 'stepBack', name: 'Step back', icon: '◀', key: 'ArrowLeft', keyName: '←' },
  { move: 'stepForward', name: 'Step forward', icon: '▶', key: 'ArrowRight', keyName: '→' },
  { move: 'goToEnd', name: 'Go to end', icon: '▶|', key: 'End', keyName: 'End' },
];

/** One step button, unavailable (but still focused, if it was) where it cannot move. */
function MoveButton({ m, enabled }: { m: (typeof MOVES)[number]; enabled: boolean }) {
  // actions never change: read them once, without subscribing
  const act = useLabStore().getState()[m.move];
  return (
    <StayButton
      className="icon"
      onClick={act}
      enabled={enabled}
      aria-keyshortcuts={m.key}
      aria-label={m.name}
      title={`${m.name} (${m.keyName})`}
    >
      <span aria-hidden="true">{m.icon}</span>
    </StayButton>
  );
}

export function Transport() {
  const speedId = useId();
  const playing = useLab(selectPlaying);
  const speed = useLab(selectSpeed);
  const atStart = useLab(selectAtStart);
  const atEnd = useLab(selectAtEnd);
  const { togglePlay, setSpeed } = useLabStore().getState();
  const [back, forward] = [MOVES.slice(0, 2), MOVES.slice(2)];
  return (
    <div className="transport" role="group" aria-label="Playback">
      {back.map((m) => (
        <MoveButton key={m.move} m={m} enabled={!atStart} />
      ))}
      <button type="button" className="play" onClick={togglePlay} aria-keyshortcuts="Space">
        <span aria-hidden="true">{playing ? '⏸' : '▶'}</span> {playing ? 'Pause' : 'Play'}
      </button>
      {forward.map((m) => (
        <MoveButton key={m.move} m={m} enabled={!atEnd} />
      ))}
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
