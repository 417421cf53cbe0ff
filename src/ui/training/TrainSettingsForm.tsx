/** The training settings: the task's gap, the hidden size, the learning rate, the updates. */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { TRAIN_LIMITS } from '../../state/train-settings';
import { useLab, useLabStore } from '../../state/use-lab';

const selectSettings = (s: LabStore) => s.trainSettings;

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
      <div className="train-setting">
        <label htmlFor={`${id}-H`}>Hidden size</label>
        <select
          id={`${id}-H`}
          value={settings.H}
          onChange={(e) => setTrainSettings({ H: Number(e.target.value) })}
        >
          {H.map((h) => (
            <option key={h} value={h}>
              {h}
            </option>
          ))}
        </select>
      </div>
      <div className="train-setting">
        <label htmlFor={`${id}-lr`}>Learning rate</label>
        <select
          id={`${id}-lr`}
          value={settings.lr}
          onChange={(e) => setTrainSettings({ lr: Number(e.target.value) })}
        >
          {lr.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
