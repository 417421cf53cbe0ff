/**
 * The Heatmaps panel: every gate, candidate and state of the current model as a units × steps
 * map, stacked, with the cursor column at the lab's step. Subscribes to the trace only.
 */
import { useId } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { ExportControl } from '../export/ExportControl';
import { CELL_UI } from '../cell-kinds';
import type { SeriesName } from '../names';
import { Heatmap } from './Heatmap';
import { seriesRows } from './heatmap-cells';
import './heatmaps.css';

const selectTrace = (s: LabStore) => s.trace;
const selectLearned = (s: LabStore) => s.baseline?.trace ?? null;

/** The series whose map carries the run as learned while gates are forced: the states. */
const GHOSTED: readonly SeriesName[] = ['c', 'h'];

export function Heatmaps() {
  const trace = useLab(selectTrace);
  const learned = useLab(selectLearned);
  const headingId = useId();
  return (
    <section className="panel heatmaps" aria-labelledby={headingId}>
      <ExportControl name="heatmaps" figure=".heatmap-grid" />
      <h2 id={headingId}>Heatmaps</h2>
      {trace ? (
        <>
          <p className="heatmaps-lede">
            Each row is one unit (unit 0 at the top), each column one step:{' '}
            {CELL_UI[trace.kind].captions.heatmaps}
            {learned &&
              ' Gates are forced: the lower third of each row of the state maps is the run as learned.'}
          </p>
          <div className="heatmap-grid">
            {CELL_UI[trace.kind].series.map((s) => (
              <Heatmap
                key={s}
                series={s}
                rows={seriesRows(trace, s)}
                ghost={learned && GHOSTED.includes(s) ? seriesRows(learned, s) : null}
                H={trace.H}
              />
            ))}
          </div>
        </>
      ) : (
        <p>Loading the model…</p>
      )}
    </section>
  );
}
