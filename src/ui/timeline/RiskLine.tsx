/** The jam-risk row: p_t over time as a line, with the 50% threshold. Redrawn only with the risks. */
import { line } from 'd3-shape';
import { memo } from 'react';
import { riskY, type Geometry } from './geometry';

/** The path of p_t over the steps. */
const riskPath = (risks: Float64Array, geo: Geometry) =>
  line<number>()
    .x((_, t) => geo.x(t) + geo.col / 2)
    .y((p) => riskY(p))(Array.from(risks)) ?? '';

export const RiskLine = memo(function RiskLine({
  risks,
  geo,
  learned,
  original = null,
}: {
  risks: Float64Array;
  geo: Geometry;
  /** while gates are forced: the risk as learned, drawn dashed beneath */
  learned: Float64Array | null;
  /** while comparing an edited sequence: the original's risk, dotted, step for step */
  original?: Float64Array | null;
}) {
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
      {original && <path d={riskPath(original, geo)} className="risk-path original" />}
      {learned && <path d={riskPath(learned, geo)} className="risk-path learned" />}
      <path d={riskPath(risks, geo)} className="risk-path" />
    </g>
  );
});
