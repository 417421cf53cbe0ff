/** The "Unit" control: which hidden unit's numbers the equations plug in (0-based, as elsewhere). */
import { memo, useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';

const selectUnit = (s: LabStore) => s.unit;
const selectSetUnit = (s: LabStore) => s.setUnit;

/** Memoised: the equations re-render every step, and its H options need not. */
export const UnitSelect = memo(function UnitSelect({ H }: { H: number }) {
  const id = useId();
  const unit = useLab(selectUnit);
  const setUnit = useLab(selectSetUnit);
  return (
    <div className="eq-unit">
      <label htmlFor={id}>Unit</label>
      <select id={id} value={unit} onChange={(e) => setUnit(Number(e.target.value))}>
        {Array.from({ length: H }, (_, j) => (
          <option key={j} value={j}>
            unit {j}
          </option>
        ))}
      </select>
    </div>
  );
});
