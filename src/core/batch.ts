/**
 * Minibatches: B sequences run through the cell together, so every matrix product reads each
 * weight row once for the whole batch rather than once per sequence. Every per-step vector of a
 * batch's trace is B blocks side by side (block b is sequence b, TraceBase), and the cells' own
 * steps run on them unchanged: their loops run over the buffers' lengths and their products go
 * through the matrix kernels, which take the number of blocks from those lengths.
 *
 * Sequences of different lengths start together at step 0 and the batch runs as long as its
 * longest one; the loss reads each at its own last step. Past its end a sequence is masked: its
 * input is zero and no loss reaches it, so its gradient there is exactly zero and the weight sums
 * (which run sequence by sequence, outerSumAcc) add nothing for it. Loss and gradients come out
 * as B calls of accumulateLossGrad would give them, in the same order of summation.
 */
import { sweep } from './backward';
import type { Vector } from './forward';
import { runSteps, setOverrides } from './forward';
import { allocGradients } from './gradients';
import { cellSpec } from './kinds';
import type { Model, Workspace } from './model';
import { sameOverrides, type GateOverride } from './overrides';
import { lastStepLoss, lastStepRisk } from './readout';
import { checkVector, isVectorOf, series } from './series';
import { allocTrace } from './trace';

/** An empty row's sequence. */
const NONE: readonly Vector[] = [];

/** Options of a minibatch run: the initial states are zero. */
export interface BatchOptions {
  /** gates forced to constants, the same for every sequence; default none */
  overrides?: readonly GateOverride[];
}

/**
 * Buffers for minibatches of up to B sequences of up to T steps: a Workspace whose trace and
 * gradients hold B sequences side by side (zeroGrads and workspaceGrads work on it as on any).
 */
export interface BatchWorkspace extends Workspace {
  /** sequences side by side */
  readonly B: number;
  /** the length of each sequence of the last run (0: a row the run left empty) */
  readonly lengths: Int32Array;
}

/** Buffers for minibatches of up to B sequences of up to T steps each (allocated once, reused). */
export function allocBatch(model: Model, B: number, T: number): BatchWorkspace {
  const { cell } = model;
  if (!Number.isInteger(B) || B < 1 || !Number.isInteger(T) || T < 1) {
    throw new Error(`batch: B and T must be positive integers, got B = ${B}, T = ${T}`);
  }
  return {
    T,
    B,
    trace: allocTrace(cell.kind, cell.D, cell.H, T, B),
    grads: allocGradients(cell, T, undefined, B),
    dhs: series(T, B * cell.H).at,
    dReadout: { w: new Float64Array(cell.H), b: new Float64Array(1) },
    lengths: new Int32Array(B),
  };
}

/**
 * Copies the sequences into the batch's rows (zero past each one's end and in rows left empty),
 * zeroes the initial states, sets the forcing and runs the cell over the longest sequence's steps.
 */
export function forwardBatch(
  model: Model,
  ws: BatchWorkspace,
  xss: readonly Vector[][],
  opts: BatchOptions = {},
): void {
  const { cell } = model;
  const { trace, B, lengths } = ws;
  const { D, H } = cell;
  if (trace.kind !== cell.kind || trace.D !== D || trace.H !== H) {
    const is = `${cell.kind} D=${D} H=${H}`;
    throw new Error(
      `batch: workspace is for ${trace.kind} D=${trace.D} H=${trace.H}, cell is ${is}`,
    );
  }
  if (xss.length < 1 || xss.length > B) {
    throw new Error(`batch: the workspace holds 1 to ${B} sequences, got ${xss.length}`);
  }
  let T = 0;
  for (let b = 0; b < B; b++) {
    const n = b < xss.length ? xss[b].length : 0;
    if (b < xss.length && !(n >= 1 && n <= ws.T)) {
      throw new Error(`batch: sequence ${b} has ${n} steps; the workspace holds 1 to ${ws.T}`);
    }
    lengths[b] = n;
    if (n > T) T = n;
  }
  trace.T = T;
  for (let b = 0; b < B; b++) {
    const xs = b < xss.length ? xss[b] : NONE;
    for (let t = 0; t < T; t++) {
      if (t >= xs.length) trace.xs[t].fill(0, b * D, (b + 1) * D);
      else if (isVectorOf(xs[t], D)) trace.xs[t].set(xs[t], b * D);
      else checkVector(xs[t], D, `batch: sequence ${b}, x[${t}]`);
    }
  }
  for (const s of cellSpec(cell.kind).states) trace.states[s]!.flat.fill(0, 0, B * H);
  const overrides = opts.overrides ?? [];
  if (!sameOverrides(trace.overrides, overrides)) setOverrides(trace, overrides);
  runSteps(trace, cell);
}

/**
 * Forward over a minibatch of labelled sequences, each one's final-step cross-entropy, BPTT:
 * returns the sum of the losses and adds their gradients into the workspace (zeroGrads first for a
 * fresh gradient). The same numbers as accumulateLossGrad on each sequence in turn.
 */
export function accumulateBatchLossGrad(
  model: Model,
  ws: BatchWorkspace,
  xss: readonly Vector[][],
  ys: ArrayLike<number>,
  opts: BatchOptions = {},
): number {
  if (ys.length !== xss.length) {
    throw new Error(`batch: ${xss.length} sequences need as many labels, got ${ys.length}`);
  }
  forwardBatch(model, ws, xss, opts);
  const { trace, dhs, lengths } = ws;
  for (let t = 0; t < trace.T; t++) dhs[t].fill(0);
  let loss = 0;
  for (let b = 0; b < xss.length; b++) {
    const last = lengths[b] - 1;
    loss += lastStepLoss(model.readout, trace.hs[last], b, ys[b], dhs[last], ws.dReadout);
  }
  sweep(ws.grads, model.cell, trace, dhs, false);
  return loss;
}

/** The final-step jam risk of each sequence of a minibatch, into ps[0 … xss.length − 1]. */
export function batchJamRisk(
  model: Model,
  ws: BatchWorkspace,
  xss: readonly Vector[][],
  ps: Float64Array,
  opts: BatchOptions = {},
): Float64Array {
  forwardBatch(model, ws, xss, opts);
  for (let b = 0; b < xss.length; b++) {
    ps[b] = lastStepRisk(model.readout, ws.trace.hs[ws.lengths[b] - 1], b);
  }
  return ps;
}
