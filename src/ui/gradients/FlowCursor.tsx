/**
 * The parts of a gradient chart that follow the lab's step: the cursor line with its points, and
 * the values at that step in words. They alone re-render on a step; the lines stay put.
 */
import type { GradientFlow } from '../../state/gradient-flow';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { MARGIN, HEIGHT, yOf, type FlowScales } from './flow-scale';
import { fmtNorm } from './flow-text';

const selectStep = (s: LabStore) => s.t;

/** The step, clamped to the flow (a sequence edit may commit before the charts recompute). */
const useStep = (T: number) => Math.min(useLab(selectStep), T - 1);

/** The cursor at the current step: a vertical line and a dot on each line. */
export function FlowCursor({ flow, scales }: { flow: GradientFlow; scales: FlowScales }) {
  const t = useStep(flow.dh.length);
  const x = scales.x(t);
  return (
    <g className="flow-cursor" data-step={t}>
      <line x1={x} x2={x} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
      <circle cx={x} cy={yOf(scales, flow.dh[t])} r={4} className="flow-dot-h" />
      {flow.dc && <circle cx={x} cy={yOf(scales, flow.dc[t])} r={4} className="flow-dot-c" />}
    </g>
  );
}

/** One norm at step t as text, saying so when it is exactly zero. */
function Value({ sym, t, v }: { sym: string; t: number; v: number }) {
  return (
    <span className="flow-value">
      ‖∂L/∂{sym}
      <sub>{t}</sub>‖ = {fmtNorm(v)}
      {v === 0 && ': no gradient reaches here'}
    </span>
  );
}

/** The values at the current step, printed under the chart. */
export function FlowReadout({ flow }: { flow: GradientFlow }) {
  const t = useStep(flow.dh.length);
  return (
    <p className="flow-readout" data-testid="flow-readout">
      <Value sym="h" t={t} v={flow.dh[t]} />
      {flow.dc && <Value sym="c" t={t} v={flow.dc[t]} />}
    </p>
  );
}
