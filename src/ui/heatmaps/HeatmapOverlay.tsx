/**
 * What moves over a heatmap's body: the cursor column at the lab's step, and a box around the
 * cell being read. Drawn in the body's own units (one per cell), stretched to fit like the body.
 */
import type { Cell } from './heatmap-nav';
import { useActiveCell, useStep } from './use-active-cell';

interface Props {
  H: number;
  T: number;
  hover: Cell | null;
  focused: boolean;
}

interface RingProps {
  x: number;
  y: number;
  width: number;
  height: number;
  className: string;
}

/** A box drawn twice, dark under light, so it shows on every colour of both scales. */
function Ring({ className, ...rect }: RingProps) {
  const box = { ...rect, vectorEffect: 'non-scaling-stroke' as const };
  return (
    <g className={className}>
      <rect {...box} className="heatmap-ring-dark" />
      <rect {...box} className="heatmap-ring-light" />
    </g>
  );
}

export function HeatmapOverlay({ H, T, hover, focused }: Props) {
  const t = useStep();
  const active = useActiveCell(hover, focused, H, T);
  return (
    <svg
      className="heatmap-overlay"
      viewBox={`0 0 ${T} ${H}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <g data-testid="heatmap-cursor" data-step={t}>
        <Ring x={t} y={0} width={1} height={H} className="heatmap-cursor" />
      </g>
      {active && <Ring x={active.t} y={active.j} width={1} height={1} className="heatmap-cell" />}
    </svg>
  );
}
