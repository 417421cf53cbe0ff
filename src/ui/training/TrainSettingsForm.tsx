/** The training settings: the task's gap, the hidden size, the learning rate, the updates. */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { TRAIN_LIMITS } from '../../state/train-settings';
import { useLab, useLabStore } from '../../state/use-lab';

const selectSettings = (s: LabStore) => s.trainSettings;

interface ChoiceProps {
  label: string;
  options: readonly number[];
  value: number;
  onChange(value: number): void;
}

/** A labelled select of numbers. */
function Choice({ label, options, value, onChange }: ChoiceProps) {
  const id = useId();
  return (
    <div className="train-setting">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {options.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TrainSettingsForm() {
  const id = useId();
  const settings = useLab(selectSettings);
  const { setTrainSettings } = useLabStore().getState();
  const { gap, updates, H, lr } = TRAIN_LIMITS;
  return (
    <div className="train-settings">
      <div className="train-setting">
        <label htmlFor={`${id}-gap`}>Gap</label>
        <input
          id={`${id}-gap`}
          type="range"
          {...gap}
          value={settings.gap}
          aria-describedby={`${id}-gap-help`}
          onChange={(e) => setTrainSettings({ gap: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-gap`}>{settings.gap} steps</output>
        <span id={`${id}-gap-help`} className="train-help">
          from the wobble to the drift
        </span>
      </div>
      <div className="train-setting">
        <label htmlFor={`${id}-updates`}>Updates</label>
        <input
          id={`${id}-updates`}
          type="range"
          {...updates}
          value={settings.updates}
          onChange={(e) => setTrainSettings({ updates: Number(e.target.value) })}
        />
        <output htmlFor={`${id}-updates`}>{settings.updates}</output>
      </div>
      <Choice
        label="Hidden size"
        options={H}
        value={settings.H}
        onChange={(v) => setTrainSettings({ H: v })}
      />
      <Choice
        label="Learning rate"
        options={lr}
        value={settings.lr}
        onChange={(v) => setTrainSettings({ lr: v })}
      />
    </div>
  );
}
