/**
 * Which units forced gates apply to: all of them, or the ones ticked. The gate dialog names its
 * copy apart (`names`), so the panel's names stay unique on the page.
 */
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { ScopeChoice } from './ScopeChoice';

const selectUnits = (s: LabStore) => s.forceScope.units;
const selectH = (s: LabStore) => s.trace?.H ?? 0;
const selectUnit = (s: LabStore) => s.unit;
const selectSetScope = (s: LabStore) => s.setForceScope;

/** The accessible names of the scope's radio group and of its group of unit boxes. */
export interface UnitScopeNames {
  group: string;
  boxes: string;
}

const PANEL_NAMES: UnitScopeNames = { group: 'Units', boxes: 'Forced units' };

export function UnitScope({ names = PANEL_NAMES }: { names?: UnitScopeNames }) {
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
        label={names.group}
        all={units === null}
        onAll={() => setScope({ units: null })}
        // start from the unit the equations follow
        onChoose={() => setScope({ units: [unit] })}
      />
      {units !== null && (
        <div role="group" aria-label={names.boxes} className="unit-boxes">
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
