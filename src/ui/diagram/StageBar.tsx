/**
 * The sub-step strip: which part of the step the flow has reached. Each stage is a button that
 * holds the diagram there (later parts dimmed), so a step can be walked through gate by gate.
 */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { STAGES } from './nodes';
import { DONE, type Substeps } from './use-substeps';
import { StayButton } from '../StayButton';

const selectAnimate = (s: LabStore) => s.animate;
const selectSetAnimate = (s: LabStore) => s.setAnimate;

export function StageBar({ stage, skip, hold }: Substeps) {
  const id = useId();
  const animate = useLab(selectAnimate);
  const setAnimate = useLab(selectSetAnimate);
  return (
    <div className="stage-bar">
      <ol aria-label="Sub-steps of this time step">
        {STAGES.map((name, k) => (
          <li key={name} aria-current={k === stage ? 'step' : undefined}>
            <button
              type="button"
              className={k === stage ? 'current' : k < stage ? 'done' : 'ahead'}
              onClick={() => hold(k === STAGES.length - 1 ? DONE : k)}
              title={`Show this step up to “${name}”`}
              aria-label={`${k + 1}. ${name}`}
            >
              {k + 1}.<span className="narrow-sr"> {name}</span>
            </button>
          </li>
        ))}
      </ol>
      <StayButton enabled={stage < DONE} onClick={skip}>
        Skip animation
      </StayButton>
      {/* the box and its label wrap together */}
      <span className="stage-animate">
        <input
          id={id}
          type="checkbox"
          checked={animate}
          onChange={(e) => setAnimate(e.currentTarget.checked)}
          aria-label="Animate sub-steps"
        />
        <label htmlFor={id}>
          Animate<span className="sr-only"> sub-steps</span>
        </label>
      </span>
    </div>
  );
}
