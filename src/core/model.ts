/**
 * A model: a recurrent cell and the jam-risk readout on its hidden state, with a reusable
 * workspace so repeated loss-and-gradient evaluations allocate nothing.
 */
import { backwardInto } from './backward';
import { type Cell } from './cell';
import { forwardInto, type ForwardOptions, type Vector } from './forward';
import { allocGradients, type Gradients } from './gradients';
import { initCell, type InitOptions } from './init';
import type { CellKind, GateName } from './kinds';
import type { GateOverride } from './overrides';
import { finalStepLoss, initReadout, type Readout } from './readout';
import type { Rng } from './rng';
import { series } from './series';
import { allocTrace, type Trace } from './trace';

export interface Model {
  readonly cell: Cell;
  readonly readout: Readout;
  /**
   * the gates this design lacks (the LSTM of 1997 has no forget gate): each held at 1 on every
   * unit and step, in training and in use, so no gradient reaches its weights; absent: none
   */
  readonly removed?: readonly GateName[];
}

/** The overrides a model's design holds: each removed gate at 1, on every unit and step. */
export const heldGates = (model: Model): GateOverride[] =>
  (model.removed ?? []).map((gate) => ({ gate, value: 1 }));

/**
 * The overrides a run of `model` uses: the gates its design holds, then those forced by hand on
 * the gates it has (a removed gate cannot be forced: it is not there).
 */
export const runOverrides = (
  model: Model,
  forced: readonly GateOverride[] = [],
): GateOverride[] => [
  ...heldGates(model),
  ...forced.filter((o) => !model.removed?.includes(o.gate)),
];

/** A fresh model: the cell, then the readout, both drawn from rng (PyTorch's default init). */
export function initModel(
  kind: CellKind,
  D: number,
  H: number,
  rng: Rng,
  opts: InitOptions = {},
): Model {
  const cell = initCell(kind, D, H, rng, opts);
  return { cell, readout: initReadout(H, rng) };
}

/** Every trainable tensor of the model, in a fixed order: θ, w, b. */
export function modelParams(model: Model): Float64Array[] {
  return [model.cell.theta, model.readout.w, model.readout.b];
}

/** Buffers for T-step sequences: the trace, the gradients, ∂L/∂h_t and the readout's gradients. */
export interface Workspace {
  readonly T: number;
  readonly trace: Trace;
  readonly grads: Gradients;
  readonly dhs: Float64Array[];
  readonly dReadout: Readout;
}

/**
 * Buffers for T-step sequences. With `share`, the parameter gradients accumulate into share's
 * buffers, so sequences of different lengths add into one minibatch gradient.
 */
export function allocWorkspace(model: Model, T: number, share?: Workspace): Workspace {
  const { cell } = model;
  return {
    T,
    trace: allocTrace(cell.kind, cell.D, cell.H, T),
    grads: allocGradients(cell, T, share?.grads.dtheta),
    dhs: series(T, cell.H).at,
    dReadout: share?.dReadout ?? { w: new Float64Array(cell.H), b: new Float64Array(1) },
  };
}

/** The workspace's accumulated gradients, in the order of modelParams. */
export function workspaceGrads(ws: Workspace): Float64Array[] {
  return [ws.grads.dtheta, ws.dReadout.w, ws.dReadout.b];
}

/** Sets the accumulated gradients to zero (before a new minibatch). */
export function zeroGrads(ws: Workspace): void {
  for (const g of workspaceGrads(ws)) g.fill(0);
}

/**
 * Forward over one labelled sequence, final-step cross-entropy, BPTT: returns the loss and adds its
 * gradients into the workspace (call zeroGrads first for a fresh gradient).
 */
export function accumulateLossGrad(
  model: Model,
  ws: Workspace,
  xs: Vector[],
  y: number,
  opts: ForwardOptions = {},
): number {
  forwardInto(ws.trace, model.cell, xs, opts);
  const loss = finalStepLoss(model.readout, ws.trace.hs, y, ws.dhs, ws.dReadout);
  backwardInto(ws.grads, model.cell, ws.trace, ws.dhs, false);
  return loss;
}
