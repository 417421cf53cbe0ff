/** The cell a map is reading out: the hovered one, else (when focused) the lab's unit and step. */
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import type { Cell } from './heatmap-nav';

const selectStep = (s: LabStore) => s.t;
const selectUnit = (s: LabStore) => s.unit;

/** Subscribes to the step and unit: use it in the small leaves, never in the map body. */
export function useActiveCell(
  hover: Cell | null,
  focused: boolean,
  H: number,
  T: number,
): Cell | null {
  const t = useLab(selectStep);
  const unit = useLab(selectUnit);
  // a hover from before the trace changed size may sit off the new map
  if (hover && hover.j < H && hover.t < T) return hover;
  return focused ? { j: unit, t } : null;
}

/** The lab's current step alone, for the cursor column. */
export const useStep = (): number => useLab(selectStep);
