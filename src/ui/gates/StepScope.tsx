/**
 * Which steps forced gates apply to: all of them, or a range typed in or dragged across a strip
 * of the readings laid out like the conveyor timeline.
 */
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { ScopeChoice } from './ScopeChoice';
import { StepStrip } from './StepStrip';

const selectSteps = (s: LabStore) => s.forceScope.steps;
const selectT = (s: LabStore) => s.events.length;
const selectSetScope = (s: LabStore) => s.setForceScope;

export function StepScope() {
  const steps = useLab(selectSteps);
  const T = useLab(selectT);
  // the current step is read on choosing, not subscribed to: this panel need not re-render per step
  const store = useLabStore();
  const setScope = useLab(selectSetScope);
  const setEnd = (end: 0 | 1, value: string) => {
    const n = Number(value);
    if (!steps || value === '' || !Number.isInteger(n) || n < 0 || n >= T) return;
    setScope({ steps: end === 0 ? [n, steps[1]] : [steps[0], n] });
  };
  return (
    <>
      <div className="scope-part">
        <ScopeChoice
          name="Steps"
          all={steps === null}
          onAll={() => setScope({ steps: null })}
          // from the current step to the end: "what if the gate shut from here on?"
          onChoose={() => setScope({ steps: [store.getState().t, T - 1] })}
        />
        {steps !== null && (
          <div className="step-range">
            <label>
              From step{' '}
              <input
                type="number"
                min={0}
                max={steps[1]}
                value={steps[0]}
                onChange={(e) => setEnd(0, e.currentTarget.value)}
              />
            </label>
            <label>
              to step{' '}
              <input
                type="number"
                min={steps[0]}
                max={T - 1}
                value={steps[1]}
                onChange={(e) => setEnd(1, e.currentTarget.value)}
              />
            </label>
          </div>
        )}
      </div>
      {/* a row of its own, as wide as the panel, so each step gets a column wide enough to hit */}
      {steps !== null && (
        <StepStrip steps={steps} onChoose={(range) => setScope({ steps: range })} />
      )}
    </>
  );
}
