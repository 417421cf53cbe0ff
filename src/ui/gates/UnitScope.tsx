/** Which units forced gates apply to: all of them, or the ones ticked. */
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { ScopeChoice } from './ScopeChoice';

const selectUnits = (s: LabStore) => s.forceScope.units;
const selectH = (s: LabStore) => s.trace?.H ?? 0;
const selectUnit = (s: LabStore) => s.unit;
const selectSetScope = (s: LabStore) => s.setForceScope;

export function UnitScope() {
  const units = useLab(selectUnits);
  const H = useLab(selectH);
  const unit = useLab(selectUnit);
  const setScope = useLab(selectSetScope);
  const toggle = (j: number, on: boolean) =>
    setScope({ units: on ? [...(units ?? []), j] : (units ?? []).filter((u) => u !== j) });
  return (
    <div className="scope-part">
      <ScopeChoice
        name="Units"
        all={units === null}
        onAll={() => setScope({ units: null })}
        // start from the unit the equations follow
        onChoose={() => setScope({ units: [unit] })}
      />
      {units !== null && (
        <div role="group" aria-label="Forced units" className="unit-boxes">
          {Array.from({ length: H }, (_, j) => (
            <label key={j}>
              <input
                type="checkbox"
                checked={units.includes(j)}
                onChange={(e) => toggle(j, e.currentTarget.checked)}
              />
              Unit {j}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
