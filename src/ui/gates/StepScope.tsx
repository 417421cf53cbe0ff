/**
 * Which steps forced gates apply to: all of them, or a range typed in or dragged across a strip
 * of the readings laid out like the conveyor timeline. The gate dialog shows it under names of its
 * own (`names`) and without the strip, which wants the panel's width.
 */
import type { LabStore } from '../../state/lab-state';
import { selectT } from '../../state/selectors';
import { useLab, useLabStore } from '../../state/use-lab';
import { ScopeChoice } from './ScopeChoice';
import { StepStrip } from './StepStrip';

const selectSteps = (s: LabStore) => s.forceScope.steps;
const selectSetScope = (s: LabStore) => s.setForceScope;

/** The accessible names of the scope's radio group and of its two step fields. */
export interface StepScopeNames {
  group: string;
  from: string;
  to: string;
}

const PANEL_NAMES: StepScopeNames = { group: 'Steps', from: 'From step', to: 'to step' };

interface Props {
  names?: StepScopeNames;
  /** the strip of readings to drag across (default shown) */
  strip?: boolean;
}

export function StepScope({ names = PANEL_NAMES, strip = true }: Props) {
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
          label={names.group}
          all={steps === null}
          onAll={() => setScope({ steps: null })}
          // from the current step to the end: "what if the gate shut from here on?"
          onChoose={() => setScope({ steps: [store.getState().t, T - 1] })}
        />
        {steps !== null && (
          <div className="step-range">
            <label>
              {names.from}{' '}
              <input
                type="number"
                min={0}
                max={steps[1]}
                value={steps[0]}
                onChange={(e) => setEnd(0, e.currentTarget.value)}
              />
            </label>
            <label>
              {names.to}{' '}
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
      {strip && steps !== null && (
        <StepStrip steps={steps} onChoose={(range) => setScope({ steps: range })} />
      )}
    </>
  );
}
