/**
 * The design comparison: per kind, what its machinery costs — parameters and multiply-adds per
 * step, counted by the core at the chosen hidden size — and what it buys, as the last run measured
 * in this browser: the time per update, the held-out accuracy, and the updates it took to reach
 * 95% held-out. Then one sentence that reads the table with its numbers.
 */
import { format } from 'd3-format';
import { D } from '../../data';
import { designVariant, variantCellParams, variantMacs, type Design } from '../../sim/variant';
import { designsOf, type Runs } from '../../state/slices/training';
import { designName } from './designs';

/** The held-out accuracy a model must reach to count as having learned the task. */
export const LEARNED = 0.95;

export interface DesignRow {
  design: Design;
  params: number;
  macs: number;
  /** milliseconds per update in the last run, or null before one ended */
  msPerUpdate: number | null;
  /** held-out accuracy of the last run's weights, or null */
  accuracy: number | null;
  /** the first held-out check at or above LEARNED, or null if none was */
  updatesToLearn: number | null;
}

/**
 * One row per design that has a run (every kind, and each design without a gate the last Train
 * added) at hidden size H, with what its last run measured. A removed gate's block is not counted:
 * its weights play no part and its products are not made.
 */
export function designRows(H: number, runs: Runs): DesignRow[] {
  return designsOf(runs).map((design) => {
    const run = runs[design]!;
    const ended = run.status !== 'idle' && run.status !== 'running' && run.step > 0;
    const variant = designVariant(design);
    return {
      design,
      params: variantCellParams(variant, D, H),
      macs: variantMacs(variant, D, H),
      msPerUpdate: ended && run.ms !== undefined ? run.ms / run.step : null,
      accuracy: ended && Number.isFinite(run.accuracy) ? run.accuracy! : null,
      updatesToLearn: run.curve.find((p) => p.accuracy >= LEARNED)?.step ?? null,
    };
  });
}

const fmtCount = format(',');
const fmtRatio = format('.1~f');
const fmtMs = format('.2~r');
const fmtPct = format('.0%');

/**
 * The table in plain words: what the richest design costs over the simplest, and what that buys at
 * this gap — or, before a run, that the measured columns come from Train.
 */
export function readDesigns(rows: readonly DesignRow[], gap: number | null): string {
  const byParams = [...rows].sort((a, b) => a.params - b.params);
  const [least, most] = [byParams[0], byParams[byParams.length - 1]];
  const name = (r: DesignRow) => `the ${designName(r.design)}`;
  const cost =
    `${name(most)[0].toUpperCase()}${name(most).slice(1)} has ${fmtRatio(most.params / least.params)}× the parameters of ${name(least)} ` +
    `(${fmtCount(most.params)} against ${fmtCount(least.params)}) and does ${fmtRatio(most.macs / least.macs)}× its multiply-adds per step`; // prettier-ignore
  if (gap === null || most.msPerUpdate === null || least.msPerUpdate === null || most.accuracy === null || least.accuracy === null) // prettier-ignore
    return `${cost}. Train to measure, in this browser, what that costs in time and buys in accuracy.`; // prettier-ignore
  const time = `in the last run an update took ${fmtMs(most.msPerUpdate)} ms against ${fmtMs(least.msPerUpdate)} ms`; // prettier-ignore
  const reached = (r: DesignRow) => r.accuracy !== null && r.accuracy >= LEARNED;
  const [learned, not] = [rows.filter(reached).map(name), rows.filter((r) => !reached(r)).map(name)]; // prettier-ignore
  const buys =
    `At gap ${gap}, ${name(most)} reached ${fmtPct(most.accuracy)} held-out and ${name(least)} ${fmtPct(least.accuracy)}; ` +
    (learned.length === 0 ? `no model reached ${fmtPct(LEARNED)}`
      : not.length === 0 ? `every model reached ${fmtPct(LEARNED)}`
      : `${andList(learned)} reached ${fmtPct(LEARNED)}, ${andList(not)} did not`); // prettier-ignore
  return `${cost}; ${time}. ${buys}.`;
}

/** "a", "a and b", "a, b and c". */
const andList = (xs: readonly string[]) =>
  xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
