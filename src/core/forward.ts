/**
 * The time loop, forward: runs a cell over a sequence x_0 … x_{T−1} from (h0, c0), one step at a
 * time, and keeps everything in a trace. The cells themselves know only one step.
 */
import type { Cell } from './cell';
import type { CellKind } from './layout';
import { gruStep } from './gru';
import { lstmStep } from './lstm';
import { resolveForcing, validateOverrides, type GateOverride } from './overrides';
import { rnnStep } from './rnn';
import { assertFinite, checkVector } from './series';
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
  const trace: Trace = allocTrace<CellKind>(cell.kind, cell.D, cell.H, xs.length);
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
  if (trace.kind !== cell.kind || D !== cell.D || H !== cell.H) {
    throw new Error(
      `forward: trace is for ${trace.kind} D=${D} H=${H}, cell is ${cell.kind} D=${cell.D} H=${cell.H}`,
    );
  }
  if (xs.length !== T) throw new Error(`forward: trace holds ${T} steps, xs has ${xs.length}`);
  for (let t = 0; t < T; t++) {
    checkVector(xs[t], D, `xs[${t}]`);
    trace.xs[t].set(xs[t]);
  }
  loadState(trace.h0, opts.h0, 'h0');
  if (trace.kind === 'lstm') loadState(trace.c0, opts.c0, 'c0');
  else if (opts.c0 !== undefined) throw new Error(`c0: a ${trace.kind} cell has no cell state`);
  setOverrides(trace, opts.overrides ?? []);

  if (cell.kind === 'lstm' && trace.kind === 'lstm') {
    for (let t = 0; t < T; t++) {
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      const cPrev = t === 0 ? trace.c0 : trace.cs[t - 1];
      lstmStep(cell.p, trace.xs[t], hPrev, cPrev, trace.slots[t], trace.forcing[t]);
    }
  } else if (cell.kind === 'gru' && trace.kind === 'gru') {
    for (let t = 0; t < T; t++) {
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      gruStep(cell.p, trace.xs[t], hPrev, trace.slots[t], trace.forcing[t]);
    }
  } else if (cell.kind === 'rnn' && trace.kind === 'rnn') {
    for (let t = 0; t < T; t++) {
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      rnnStep(cell.p, trace.xs[t], hPrev, trace.slots[t]);
    }
  }
  // Finite inputs can still overflow (huge weights); say so rather than hand back NaN.
  assertFinite(trace.flat.hs, H, 'h');
  if (trace.kind === 'lstm') trace.cs.forEach((c, t) => assertFinite(c, 0, `c[${t}]`));
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
function setOverrides(trace: Trace, overrides: GateOverride[]): void {
  validateOverrides(trace.kind, trace.H, overrides);
  if (overrides.length === 0 && trace.overrides.length === 0) return;
  trace.overrides = overrides.map((o) => (o.units ? { ...o, units: [...o.units] } : { ...o }));
  const { T, H } = trace;
  if (trace.kind === 'lstm') {
    const fc = resolveForcing(['i', 'f', 'o'], T, H, overrides);
    trace.forcing = trace.slots.map((_, t) => ({ i: fc.i[t], f: fc.f[t], o: fc.o[t] }));
  } else if (trace.kind === 'gru') {
    const fc = resolveForcing(['r', 'z'], T, H, overrides);
    trace.forcing = trace.slots.map((_, t) => ({ r: fc.r[t], z: fc.z[t] }));
  }
}
