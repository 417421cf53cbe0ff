/**
 * The time loop, forward: runs a cell over a sequence x_0 … x_{T−1} from (h0, c0), one step at a
 * time, and keeps everything in a trace. The cells themselves know only one step.
 */
import type { Cell } from './cell';
import { STATE_NAMES, STATES } from './cell-spec';
import { resolveForcing } from './forcing';
import { cellSpec } from './kinds';
import { validateOverrides, type GateOverride } from './overrides';
import { assertFiniteSteps, checkVector } from './series';
import { allocTrace, type Trace, type TraceFor } from './trace';

/** A vector of numbers: a plain array or a typed array. */
export type Vector = ArrayLike<number>;

export interface ForwardOptions {
  /** initial hidden state [H]; default zeros */
  h0?: Vector;
  /** initial cell state [H] (LSTM only); default zeros */
  c0?: Vector;
  /** gates forced to constants; default none */
  overrides?: GateOverride[];
}

/** Runs the cell over xs and returns the full trace (see trace.ts). Validates every input. */
export function runForward<C extends Cell>(
  cell: C,
  xs: Vector[],
  opts: ForwardOptions = {},
): TraceFor<C['kind']> {
  if (!Array.isArray(xs) || xs.length === 0) {
    throw new Error('runForward: xs must be a non-empty array of input vectors');
  }
  const trace: Trace = allocTrace(cell.kind, cell.D, cell.H, xs.length);
  forwardInto(trace, cell, xs, opts);
  return trace as TraceFor<C['kind']>;
}

/** runForward into a trace allocated beforehand (allocTrace), so a training loop allocates nothing. */
export function forwardInto(
  trace: Trace,
  cell: Cell,
  xs: Vector[],
  opts: ForwardOptions = {},
): void {
  const { D, H, T } = trace;
  if (trace.kind !== cell.kind || D !== cell.D || H !== cell.H || trace.B !== 1) {
    throw new Error(
      `forward: trace is for ${trace.kind} D=${D} H=${H}${trace.B === 1 ? '' : ` (a batch of ${trace.B})`}, cell is ${cell.kind} D=${cell.D} H=${cell.H}`,
    );
  }
  if (xs.length !== T) throw new Error(`forward: trace holds ${T} steps, xs has ${xs.length}`);
  for (let t = 0; t < T; t++) {
    checkVector(xs[t], D, `xs[${t}]`);
    trace.xs[t].set(xs[t]);
  }
  for (const s of STATE_NAMES) {
    const v = s === 'h' ? opts.h0 : opts.c0;
    const into = trace.states[s];
    if (into) loadState(into.flat.subarray(0, H), v, `${s}0`);
    else if (v !== undefined) throw new Error(`${s}0: a ${trace.kind} cell has no ${STATES[s]}`);
  }
  setOverrides(trace, opts.overrides ?? []);
  runSteps(trace, cell);
}

/**
 * The loop itself: the cell's step for t = 0 … trace.T − 1 over a loaded trace (inputs, initial
 * states, forcing), for one sequence or a minibatch alike; then the check that nothing overflowed.
 */
export function runSteps(trace: Trace, cell: Cell): void {
  const spec = cellSpec(cell.kind);
  const { T, B } = trace;
  for (let t = 0; t < T; t++) spec.step(cell.p, trace, t);
  // Finite inputs can still overflow (huge weights); say so rather than hand back NaN. A
  // pre-activation of ±∞ gives a finite σ or tanh, so the pre-activations are checked first.
  for (const block in trace.pre) assertFiniteSteps(trace.pre[block], `pre-activation ${block}`, T, B); // prettier-ignore
  for (const s of spec.states) assertFiniteSteps(trace.states[s]!.at, s, T, B);
}

function loadState(into: Float64Array, v: Vector | undefined, what: string): void {
  if (v === undefined) {
    into.fill(0);
    return;
  }
  checkVector(v, into.length, what);
  into.set(v);
}

/** Validates the overrides and lays them out as per-step forcings in the trace. */
export function setOverrides(trace: Trace, overrides: readonly GateOverride[]): void {
  validateOverrides(trace.kind, trace.H, overrides);
  if (overrides.length === 0 && trace.overrides.length === 0) return;
  trace.overrides = overrides.map((o) => (o.units ? { ...o, units: [...o.units] } : { ...o }));
  // over every step the trace holds: a minibatch's runs may be shorter, never longer
  const steps = trace.xs.length;
  trace.forcing = resolveForcing(cellSpec(trace.kind).forceable, steps, trace.H, overrides);
}
