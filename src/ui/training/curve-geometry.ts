/**
 * The curves' geometry, computed by d3 and drawn by React: a chart's scales (updates across,
 * loss or accuracy up) and one path per run from its curve points.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CurvePoint } from '../../sim/train-protocol';

/** Room around the plot for the axes' ticks and labels. */
export const MARGIN = { top: 10, right: 14, bottom: 34, left: 46 } as const;
export const CHART_HEIGHT = 170;

/** What a chart plots against the updates made. */
export type Measure = 'loss' | 'accuracy';

export interface ChartScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** Loss from 0 up to the largest seen (at least ln 2, a coin flip's); accuracy over [0, 1]. */
export function yDomain(
  measure: Measure,
  curves: readonly (readonly CurvePoint[])[],
): [number, number] {
  if (measure === 'accuracy') return [0, 1];
  const top = Math.max(
    Math.LN2,
    ...curves.flat().map((p) => (Number.isFinite(p.loss) ? p.loss : 0)),
  );
  return [0, top];
}

/** The scales of a chart `width` px wide over 0 … updates. */
export function chartScales(width: number, updates: number, domain: [number, number]): ChartScales {
  const x = scaleLinear()
    .domain([0, Math.max(1, updates)])
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
  const y = scaleLinear()
    .domain(domain)
    .nice()
    .range([CHART_HEIGHT - MARGIN.bottom, MARGIN.top]);
  return { x, y };
}

/** The SVG path through a curve's points (gaps where a value is not finite); '' if none. */
export function curvePath(points: readonly CurvePoint[], measure: Measure, s: ChartScales): string {
  const path = line<CurvePoint>()
    .defined((p) => Number.isFinite(p[measure]))
    .x((p) => s.x(p.step))
    .y((p) => s.y(p[measure]));
  return path(points as CurvePoint[]) ?? '';
}
