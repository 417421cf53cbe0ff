/**
 * One model's gradient chart: ‖∂L/∂h_t‖ (solid) and, for the LSTM, ‖∂L/∂c_t‖ (dashed) against the
 * step, on the panel's shared log scale (or its own); zeros sit on the floor, ringed. Redrawn only when its flow
 * or width changes — the cursor and readout follow the step on their own.
 */
import { line } from 'd3-shape';
import { memo, useId, useMemo } from 'react';
import type { GradientFlow } from '../../state/gradient-flow';
import { MODEL_NAMES } from '../cell-kinds';
import { useWidth } from '../use-width';
import { FlowCursor, FlowReadout } from './FlowCursor';
import { HEIGHT, MARGIN, flowScales, powerOfTen, stepTicks, yOf, type FlowScales } from './flow-scale'; // prettier-ignore
import { chartSummary } from './flow-text';

/** The path through every step's norm. */
const normPath = (norms: Float64Array, s: FlowScales) =>
  line<number>()
    .x((_, t) => s.x(t))
    .y((v) => yOf(s, v))(Array.from(norms)) ?? '';

function Axes({ scales, T }: { scales: FlowScales; T: number }) {
  const [x0, x1] = scales.x.range();
  const bottom = HEIGHT - MARGIN.bottom;
  return (
    <g className="flow-axes" aria-hidden="true">
      {scales.yTicks.map((v) => (
        <g key={v}>
          <line x1={x0} x2={x1} y1={scales.y(v)} y2={scales.y(v)} className="flow-grid-line" />
          <text x={x0 - 4} y={scales.y(v)} dy="0.32em" textAnchor="end">
            {powerOfTen(Math.round(Math.log10(v)))}
          </text>
        </g>
      ))}
      <line x1={x0} x2={x1} y1={bottom} y2={bottom} className="flow-baseline" />
      {stepTicks(T).map((t) => (
        <text key={t} x={scales.x(t)} y={bottom + 15} textAnchor="middle">
          {t}
        </text>
      ))}
      <text x={x1} y={HEIGHT - 1} textAnchor="end" className="flow-axis-name">
        step t
      </text>
    </g>
  );
}

interface Props {
  flow: GradientFlow;
  domain: [number, number];
  /** whether this is the lab's current model (drawn first, emphasised) */
  current: boolean;
  /** the step the summary reports besides the last: the first wobble, or 0 */
  target: number;
  targetName: string;
}

/** One model's chart, its summary in the SVG's accessible name, its values at the step below. */
export const FlowChart = memo(function FlowChart({
  flow,
  domain,
  current,
  target,
  targetName,
}: Props) {
  const [width, box] = useWidth(320);
  const captionId = useId();
  const T = flow.dh.length;
  const scales = useMemo(() => flowScales(width, T, domain), [width, T, domain]);
  const paths = useMemo(
    () => ({ h: normPath(flow.dh, scales), c: flow.dc ? normPath(flow.dc, scales) : null }),
    [flow, scales],
  );
  const zeros = [...flow.dh].flatMap((v, t) => (v === 0 ? [t] : []));
  return (
    <figure className={`flow-chart${current ? ' current' : ''}`} aria-labelledby={captionId}>
      <figcaption id={captionId}>
        {MODEL_NAMES[flow.kind]}
        {current && ' · '}
        {current && <span className="flow-current">the lab’s model</span>}
      </figcaption>
      <div ref={box} className="flow-box">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={chartSummary(flow, target, targetName)}
        >
          <Axes scales={scales} T={T} />
          {paths.c && <path d={paths.c} className="flow-line-c" />}
          <path d={paths.h} className="flow-line-h" />
          {zeros.map((t) => (
            <circle
              key={t}
              cx={scales.x(t)}
              cy={scales.y(scales.floor)}
              r={3}
              className="flow-zero"
            />
          ))}
          <FlowCursor flow={flow} scales={scales} />
        </svg>
      </div>
      <FlowReadout flow={flow} />
    </figure>
  );
});
