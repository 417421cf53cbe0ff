/**
 * The sweep slice: the accuracy-by-gap sweep's settings, its runs as they finish, and the verbs
 * that start and cancel it. The runs happen on a Sweeper (a pool of Web Workers in the page); its
 * handle lives in this factory's closure, never in the state.
 */
import type { RunResult, RunSpec } from '../../sim/experiment';
import { runPool, type Lane, type PoolRun } from '../../sim/pool';
import { checkSweepSettings, DEFAULT_SWEEP, sweepSpecs, type SweepSettings } from '../../sim/sweep'; // prettier-ignore
import type { Get, Set } from './commit';
import { refused } from './notice';

/** Where the sweep's runs go: `size` lanes at once, each opened by `openLane`. */
export interface Sweeper {
  size: number;
  openLane(): Lane<RunSpec, RunResult>;
}

export type SweepStatus = 'running' | 'done' | 'cancelled' | 'failed';

/** A sweep started (or restored from a save): its settings and the runs finished so far. */
export interface SweepRun {
  settings: SweepSettings;
  status: SweepStatus;
  /** every run the settings ask for */
  total: number;
  /** the finished runs, in the order of the settings' grid */
  results: readonly RunResult[];
  /** why it failed */
  reason?: string;
}

export interface SweepSlice {
  /** the settings the next sweep runs with */
  sweepSettings: SweepSettings;
  /** the last sweep, or null before the first */
  sweep: SweepRun | null;
  /** changes the settings for the next sweep; a bad value changes nothing and sets the notice */
  setSweepSettings(change: Partial<SweepSettings>): void;
  /** runs every (design, gap, seed) of the settings, from scratch (cancels one under way) */
  runSweep(): void;
  /** stops the sweep: the runs finished so far stay */
  cancelSweep(): void;
}

export const sweepSlice = (set: Set, get: Get, sweeper?: Sweeper): SweepSlice => {
  let pool: PoolRun<RunResult> | null = null;

  const cancelSweep = () => {
    pool?.cancel();
    pool = null;
    const { sweep } = get();
    if (sweep?.status === 'running') set({ sweep: { ...sweep, status: 'cancelled' } });
  };

  return {
    sweepSettings: DEFAULT_SWEEP,
    sweep: null,
    setSweepSettings: (change) => {
      const next = { ...get().sweepSettings, ...change };
      const refusal = checkSweepSettings(next);
      if (refusal) set({ notice: refused(refusal) });
      else set({ sweepSettings: next });
    },
    runSweep: () => {
      if (!sweeper) return set({ notice: refused('The sweep needs Web Workers, which this browser lacks.') }); // prettier-ignore
      cancelSweep();
      const settings = get().sweepSettings;
      const specs = sweepSpecs(settings);
      const found: (RunResult | undefined)[] = new Array<RunResult | undefined>(specs.length);
      const finished = () => found.filter((r): r is RunResult => r !== undefined);
      set({ sweep: { settings, status: 'running', total: specs.length, results: [] } });
      const run = runPool(
        specs,
        sweeper.size,
        () => sweeper.openLane(),
        (result, k) => {
          if (pool !== run) return;
          found[k] = result;
          set({ sweep: { ...get().sweep!, results: finished() } });
        },
      );
      pool = run;
      run.done.then(
        () => {
          if (pool !== run) return;
          pool = null;
          set({ sweep: { ...get().sweep!, status: 'done' } });
        },
        (e: unknown) => {
          if (pool !== run) return;
          run.cancel();
          pool = null;
          set({ sweep: { ...get().sweep!, status: 'failed', reason: (e as Error).message } });
        },
      );
    },
    cancelSweep,
  };
};
