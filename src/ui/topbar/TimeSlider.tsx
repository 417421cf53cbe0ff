/** The "Time step" slider: t from 0 to T−1, with the reading at t named for screen readers. */
import { useId } from 'react';
import { EVENT_INFO } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';

const selectLength = (s: LabStore) => s.events.length;
const selectEvent = (s: LabStore) => s.events[s.t];
const selectSeek = (s: LabStore) => s.seek;

export function TimeSlider() {
  const id = useId();
  const t = useLab(selectStep);
  const T = useLab(selectLength);
  const event = useLab(selectEvent);
  const seek = useLab(selectSeek);
  const reading = event ? EVENT_INFO[event.kind].label : '';
  return (
    <div className="time-slider">
      <label htmlFor={id}>Time step</label>
      <input
        id={id}
        type="range"
        min={0}
        max={Math.max(0, T - 1)}
        step={1}
        value={t}
        aria-valuenow={t}
        onChange={(e) => seek(Number(e.currentTarget.value))}
        aria-valuetext={`step ${t} of ${T - 1}: ${reading}`}
      />
      <output htmlFor={id} aria-hidden="true">
        {t} / {T - 1}
      </output>
    </div>
  );
}
