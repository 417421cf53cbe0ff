/**
 * The live curves: training loss and held-out accuracy, one chart each, sharing the x axis
 * (updates 0 … the runs' budget), with one legend for both.
 */
import type { Design } from '../../sim/variant';
import type { LabStore } from '../../state/lab-state';
import { designsOf } from '../../state/slices/training';
import { useLab } from '../../state/use-lab';
import { useWidth } from '../use-width';
import { Chart } from './Chart';
import { designName, designStyle } from './designs';

const selectRuns = (s: LabStore) => s.runs;
const selectPlannedUpdates = (s: LabStore) => s.trainSettings.updates;

function LegendKey({ design }: { design: Design }) {
  const style = designStyle(design);
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
      {designName(design)}
    </li>
  );
}

export function Curves() {
  const runs = useLab(selectRuns);
  const planned = useLab(selectPlannedUpdates);
  const [width, ref] = useWidth(640);
  const designs = designsOf(runs);
  const started = designs.some((d) => runs[d]!.status !== 'idle');
  // once runs exist the axis spans their budget, so a settings change waits for the next Train
  const updates = started ? Math.max(...designs.map((d) => runs[d]!.updates)) : planned;
  const curves = designs.map((d) => [d, runs[d]!.curve] as const);
  const chartWidth = Math.max(240, width < 720 ? width : Math.floor((width - 16) / 2));
  return (
    <div className="train-curves" ref={ref}>
      <ul className="train-legend" aria-label="Lines">
        {designs.map((d) => (
          <LegendKey key={d} design={d} />
        ))}
      </ul>
      <div className="train-charts">
        <Chart measure="loss" width={chartWidth} updates={updates} curves={curves} />
        <Chart measure="accuracy" width={chartWidth} updates={updates} curves={curves} />
      </div>
    </div>
  );
}
