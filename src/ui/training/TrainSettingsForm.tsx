/**
 * The training settings: the task's gap, the hidden size, the learning rate, the updates — and
 * which designs without a gate train beside the full models.
 */
import { useId } from 'react';
import { ABLATIONS, type Ablation } from '../../sim/variant';
import type { LabStore } from '../../state/lab-state';
import { TRAIN_LIMITS } from '../../state/train-settings';
import { useLab, useLabStore } from '../../state/use-lab';
import { designName } from './designs';

const selectSettings = (s: LabStore) => s.trainSettings;
const selectWithout = (s: LabStore) => s.trainWithout;

/** What each design without a gate is, in a few words beside its name. */
const WHY: Readonly<Record<Ablation, string>> = {
  'lstm-no-f': 'f ≡ 1: the LSTM of 1997',
  'lstm-no-i': 'i ≡ 1: writes every candidate',
  'lstm-no-o': 'o ≡ 1: exposes all of tanh(c)',
  'gru-no-r': 'r ≡ 1: the candidate sees all of h',
};

/** Checkboxes: the designs without a gate that train beside the full models. */
function RemoveGate() {
  const without = useLab(selectWithout);
  const { setTrainWithout } = useLabStore().getState();
  const toggle = (d: Ablation, on: boolean) =>
    setTrainWithout(on ? [...without, d] : without.filter((x) => x !== d));
  return (
    <fieldset className="train-without">
      <legend>Also train without a gate</legend>
      {ABLATIONS.map((d) => (
        <label key={d}>
          <input
            type="checkbox"
            checked={without.includes(d)}
            onChange={(e) => toggle(d, e.target.checked)}
          />
          <span>
            {designName(d)} <span className="train-help">({WHY[d]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

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
      <RemoveGate />
    </div>
  );
}
