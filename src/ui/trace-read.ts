/** Small readings of the core's trace that several panels share. */
import type { Trace } from '../core';
import type { SeriesName } from './names';

/** The state step t reads: the initial state at t = 0, the previous step's state after. */
export const stateBefore = (
  states: readonly Float64Array[],
  initial: Float64Array,
  t: number,
): Float64Array => (t > 0 ? states[t - 1] : initial);

/** A trace's gate activations by name, whatever its kind (a name it lacks reads undefined). */
export const gatesOf = (trace: Trace): Readonly<Partial<Record<string, Float64Array[]>>> =>
  trace.gates;

/** Which units of a series were forced by hand at step t (1 = forced), or null if none were. */
export function forcedMask(trace: Trace, series: SeriesName, t: number): Uint8Array | null {
  return trace.forcing[t][series]?.mask ?? null;
}
