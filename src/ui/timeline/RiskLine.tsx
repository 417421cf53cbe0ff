/** The jam-risk row: p_t over time as a line, with the 50% threshold. Redrawn only with the risks. */
import { line } from 'd3-shape';
import { memo } from 'react';
import { riskY, type Geometry } from './geometry';

export const RiskLine = memo(function RiskLine({
  risks,
  geo,
}: {
  risks: Float64Array;
  geo: Geometry;
}) {
  const path = line<number>()
    .x((_, t) => geo.x(t) + geo.col / 2)
    .y((p) => riskY(p));
  return (
    <g className="risk-line">
      <rect x={0} y={riskY(1)} width={geo.width} height={riskY(0) - riskY(1)} className="risk-bg" />
      <line x1={0} x2={geo.width} y1={riskY(0.5)} y2={riskY(0.5)} className="threshold" />
      <text x={4} y={riskY(0.5) - 3} className="axis-label">
        50%
      </text>
      <text x={4} y={riskY(1) + 11} className="axis-label">
        jam risk
      </text>
      <path d={path(Array.from(risks)) ?? ''} className="risk-path" />
    </g>
  );
});
