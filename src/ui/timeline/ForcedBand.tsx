/** The steps where gates are forced by hand, shaded on the belt (only when not every step). */
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { BELT_H, type Geometry } from './geometry';

const selectBand = (s: LabStore) => (s.overrides.length > 0 ? s.forceScope.steps : null);

export function ForcedBand({ geo }: { geo: Geometry }) {
  const steps = useLab(selectBand);
  if (!steps) return null;
  // the core ignores steps past the sequence's end (an edit may have shortened it)
  const [left, right] = [geo.x(steps[0]), Math.min(geo.x(steps[1] + 1), geo.width)];
  if (right <= left) return null;
  return (
    <g className="forced-band">
      <rect x={left} y={0} width={right - left} height={BELT_H} />
      <text x={left + 3} y={BELT_H - 3} className="axis-label">
        forced
      </text>
    </g>
  );
}
