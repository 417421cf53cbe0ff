/** How far training has got, per run and overall, as the progress bars show it (0 … 100). */
import type { RunView } from '../../state/slices/training';

/** The share of its updates a run has made. */
export const runFraction = (run: RunView): number => (run.updates > 0 ? run.step / run.updates : 0);

/** A run's share of the work: all of it once it ended by itself (done, diverged, failed). */
const workDone = (run: RunView): number =>
  run.status === 'done' || run.status === 'diverged' || run.status === 'failed'
    ? 1
    : runFraction(run);

/** The whole-percent progress of the runs together: the mean of their shares of the work. */
export function overallPercent(runs: readonly RunView[]): number {
  const started = runs.filter((r) => r.status !== 'idle');
  if (started.length === 0) return 0;
  return Math.floor((100 * started.reduce((a, r) => a + workDone(r), 0)) / started.length);
}
