/** The cursor: the current step's column on the belt and its point on the risk line. */
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { HEIGHT, riskY, type Geometry } from './geometry';

const selectRisk = (s: LabStore) => s.risks?.[s.t] ?? null;

export function Cursor({ geo }: { geo: Geometry }) {
  const t = useLab(selectStep);
  const risk = useLab(selectRisk);
  return (
    <g className="cursor" data-step={t}>
      <rect
        x={geo.x(t)}
        y={0}
        width={Math.max(2, geo.col)}
        height={HEIGHT}
        className="cursor-col"
      />
      {risk !== null && (
        <circle cx={geo.x(t) + geo.col / 2} cy={riskY(risk)} r={4.5} className="risk-dot" />
      )}
    </g>
  );
}
