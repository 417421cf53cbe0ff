/**
 * One training chart: a measure (loss or held-out accuracy) against updates made, one line per
 * design, with ticked axes. d3 computes the scales and paths; React draws every element.
 */
import { format } from 'd3-format';
import type { CurvePoint } from '../../sim/train-protocol';
import type { Design } from '../../sim/variant';
import { CHART_HEIGHT, chartScales, curvePath, yDomain, type Measure } from './curve-geometry';
import { designName, designStyle } from './designs';

const TITLES: Record<Measure, string> = {
  loss: 'Training loss (cross-entropy)',
  accuracy: 'Held-out accuracy',
};
const Y_FORMAT: Record<Measure, (n: number) => string> = {
  loss: format('.2~f'),
  accuracy: format('.0%'),
};
const X_FORMAT = format('~s');

export interface ChartProps {
  measure: Measure;
  width: number;
  /** the x axis runs 0 … updates: the same in both charts */
  updates: number;
  /** each design's curve, in the legend's order */
  curves: readonly (readonly [Design, readonly CurvePoint[]])[];
}

export function Chart({ measure, width, updates, curves }: ChartProps) {
  const s = chartScales(
    width,
    updates,
    yDomain(
      measure,
      curves.map(([, c]) => c),
    ),
  );
  const [x0, x1] = s.x.range();
  const [y0, y1] = s.y.range();
  const title = TITLES[measure];
  return (
    <figure className="train-chart">
      <figcaption>{title}</figcaption>
      <svg
        width={width}
        height={CHART_HEIGHT}
        role="img"
        aria-label={`${title} of each model against updates made`}
        data-measure={measure}
      >
        <g className="axis" aria-hidden="true">
          {s.y.ticks(4).map((v) => (
            <g key={v} transform={`translate(0, ${s.y(v)})`}>
              <line className="grid" x1={x0} x2={x1} />
              <text x={x0 - 6} dy="0.32em" textAnchor="end">
                {Y_FORMAT[measure](v)}
              </text>
            </g>
          ))}
          {s.x.ticks(Math.max(2, Math.floor(width / 90))).map((v) => (
            <g key={v} transform={`translate(${s.x(v)}, ${y0})`}>
              <line y2={5} />
              <text y={8} dy="0.71em" textAnchor="middle">
                {X_FORMAT(v)}
              </text>
            </g>
          ))}
          <line x1={x0} x2={x1} y1={y0} y2={y0} />
          <line x1={x0} x2={x0} y1={y0} y2={y1} />
          <text className="axis-label" x={x1} y={CHART_HEIGHT - 2} textAnchor="end">
            updates
          </text>
        </g>
        {curves.map(([design, curve]) => (
          <path
            key={design}
            className="train-line"
            data-kind={design}
            d={curvePath(curve, measure, s)}
            style={{ stroke: designStyle(design).color }}
            strokeDasharray={designStyle(design).dash}
          >
            <title>{designName(design)}</title>
          </path>
        ))}
      </svg>
    </figure>
  );
}
