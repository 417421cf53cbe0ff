/** The sub-step strip: which part of the step the flow has reached, a skip button, the toggle. */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { STAGES } from './nodes';
import { DONE } from './use-substeps';

const selectAnimate = (s: LabStore) => s.animate;
const selectSetAnimate = (s: LabStore) => s.setAnimate;

export function StageBar({ stage, onSkip }: { stage: number; onSkip(): void }) {
  const id = useId();
  const animate = useLab(selectAnimate);
  const setAnimate = useLab(selectSetAnimate);
  return (
    <div className="stage-bar">
      <ol aria-label="Sub-steps of this time step">
        {STAGES.map((name, k) => (
          <li
            key={name}
            className={k === stage ? 'current' : k < stage ? 'done' : 'ahead'}
            aria-current={k === stage ? 'step' : undefined}
          >
            {name}
          </li>
        ))}
      </ol>
      <button type="button" onClick={onSkip} disabled={stage >= DONE}>
        Skip animation
      </button>
      <input
        id={id}
        type="checkbox"
        checked={animate}
        onChange={(e) => setAnimate(e.currentTarget.checked)}
      />
      <label htmlFor={id}>Animate sub-steps</label>
    </div>
  );
}
