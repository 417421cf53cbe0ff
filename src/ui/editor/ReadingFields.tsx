/**
 * The reading at the cursor, editable in place: its "Kind" and its "Magnitude". The timeline's
 * popover shows the same fields under names of its own (`names`).
 */
import { useId } from 'react';
import { EVENT_INFO, EVENT_KINDS, type EventKind } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { LabelText, type Label } from './label';

const selectReading = (s: LabStore) => s.events[s.t];
const selectChange = (s: LabStore) => s.changeEvent;

export interface ReadingFieldNames {
  kind: Label;
  magnitude: Label;
}

const PANEL_NAMES: ReadingFieldNames = { kind: ['Kind'], magnitude: ['Magnitude'] };

interface Props {
  names?: ReadingFieldNames;
  /** whether to say which step the reading is at (the popover says it in its own title) */
  step?: boolean;
}

export function ReadingFields({ names = PANEL_NAMES, step = true }: Props) {
  const id = useId();
  const t = useLab(selectStep);
  const reading = useLab(selectReading);
  const changeEvent = useLab(selectChange);
  if (!reading) return null;
  return (
    <div className="reading-fields">
      {step && <span className="reading-at">Step {t}</span>}
      <label htmlFor={`${id}-kind`}>
        <LabelText label={names.kind} />
      </label>
      <select
        id={`${id}-kind`}
        value={reading.kind}
        onChange={(e) => changeEvent(t, { kind: e.currentTarget.value as EventKind })}
      >
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {EVENT_INFO[k].label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-magnitude`}>
        <LabelText label={names.magnitude} />
      </label>
      <input
        id={`${id}-magnitude`}
        type="range"
        min={0}
        max={1}
        step={0.01}
        value={reading.magnitude}
        onChange={(e) => changeEvent(t, { magnitude: Number(e.currentTarget.value) })}
      />
      {/* the slider announces its own value; the output is for the eye */}
      <output htmlFor={`${id}-magnitude`} aria-hidden="true">
        {reading.magnitude.toFixed(2)}
      </output>
    </div>
  );
}
