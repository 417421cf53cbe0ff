/**
 * The live curves: training loss and held-out accuracy, one chart each, sharing the x axis
 * (updates 0 … the runs' budget), with one legend for both.
 */
import { CELL_KINDS, perKind, type CellKind } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { CELL_UI, MODEL_NAMES } from '../cell-kinds';
import { useWidth } from '../use-width';
import { Chart } from './Chart';

const selectRuns = (s: LabStore) => s.runs;
const selectPlannedUpdates = (s: LabStore) => s.trainSettings.updates;

function LegendKey({ kind }: { kind: CellKind }) {
  const style = CELL_UI[kind].style;
  return (
    <li>
      <svg width={28} height={10} aria-hidden="true">
        <line
          x1={1}
          x2={27}
          y1={5}
          y2={5}
          style={{ stroke: style.color }}
          strokeWidth={2.5}
          strokeDasharray={style.dash}
        />
      </svg>
      {MODEL_NAMES[kind]}
    </li>
  );
}

export function Curves() {
  const runs = useLab(selectRuns);
  const planned = useLab(selectPlannedUpdates);
  const [width, ref] = useWidth(640);
  const started = CELL_KINDS.some((k) => runs[k].status !== 'idle');
  // once runs exist the axis spans their budget, so a settings change waits for the next Train
  const updates = started ? Math.max(...CELL_KINDS.map((k) => runs[k].updates)) : planned;
  const curves = perKind((k) => runs[k].curve);
  const chartWidth = Math.max(240, width < 720 ? width : Math.floor((width - 16) / 2));
  return (
    <div className="train-curves" ref={ref}>
      <ul className="train-legend" aria-label="Lines">
        {CELL_KINDS.map((k) => (
          <LegendKey key={k} kind={k} />
        ))}
      </ul>
      <div className="train-charts">
        <Chart measure="loss" width={chartWidth} updates={updates} curves={curves} />
        <Chart measure="accuracy" width={chartWidth} updates={updates} curves={curves} />
      </div>
    </div>
  );
}
