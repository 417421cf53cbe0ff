/**
 * The time loop, backward (BPTT): given ∂L/∂h_t for every t (the loss's direct gradient at each
 * step), walks the trace from the last step to the first, carrying the gradient that flows into
 * the previous state; then sums the parameter gradients over the steps.
 */
import type { Cell } from './cell';
import type { Vector } from './forward';
import { allocGradients, type Gradients } from './gradients';
import { cellSpec } from './kinds';
import { assertFinite, checkVector } from './series';
import type { Trace } from './trace';

/**
 * Gradients of L = Σ_t ⟨dhs[t], h_t⟩ — any loss on the hidden states, given its direct gradients
 * dhs[t] = ∂L/∂h_t — with respect to the parameters, the inputs, h0 and (LSTM) c0.
 */
export function runBackward(cell: Cell, trace: Trace, dhs: Vector[]): Gradients {
  const grads = allocGradients(cell, trace.T);
  backwardInto(grads, cell, trace, dhs);
  return grads;
}

function checkShapes(grads: Gradients, cell: Cell, trace: Trace, dhs: Vector[]): void {
  const { T, H } = trace;
  if (trace.kind !== cell.kind || trace.D !== cell.D || H !== cell.H || trace.B !== 1) {
    throw new Error(
      `backward: trace is for ${trace.kind} D=${trace.D} H=${H}, cell is ${cell.kind} D=${cell.D} H=${cell.H}`,
    );
  }
  if (
    grads.kind !== cell.kind ||
    grads.T !== T ||
    grads.H !== H ||
    grads.D !== cell.D ||
    grads.B !== 1
  ) {
    throw new Error(
      `backward: gradients are for ${grads.kind} T=${grads.T} H=${grads.H}, trace is ${trace.kind} T=${T} H=${H}`,
    );
  }
  if (!Array.isArray(dhs) || dhs.length !== T) {
    throw new Error(
      `backward: dhs must hold one vector per step (${T}), got ${Array.isArray(dhs) ? dhs.length : typeof dhs}`,
    );
  }
  for (let t = 0; t < T; t++) checkVector(dhs[t], H, `dhs[${t}]`);
}

/**
 * runBackward into preallocated gradients: adds into grads.dtheta (so a minibatch accumulates;
 * zero it first for a fresh gradient) and overwrites the per-step and initial-state gradients.
 * With inputs = false, ∂L/∂x_t is not computed (training does not need it).
 */
export function backwardInto(
  grads: Gradients,
  cell: Cell,
  trace: Trace,
  dhs: Vector[],
  inputs = true,
): void {
  checkShapes(grads, cell, trace, dhs);
  sweep(grads, cell, trace, dhs, inputs);
}

/**
 * The loop itself, for one sequence or a minibatch alike: from step trace.T − 1 down to 0, then
 * the parameter gradients (inputs: also ∂L/∂x_t; a sequence's trace only).
 */
export function sweep(
  grads: Gradients,
  cell: Cell,
  trace: Trace,
  dhs: readonly Vector[],
  inputs: boolean,
): void {
  const spec = cellSpec(cell.kind);
  // dhNext carries this step's share of ∂L/∂h_{t−1} back, and ends as ∂L/∂h0
  const dhNext = grads.dh0;
  dhNext.fill(0);
  for (let t = trace.T - 1; t >= 0; t--) {
    // ∂L/∂h_t = what the loss says directly + what flows back from step t+1
    const dh = grads.dhs[t];
    const direct = dhs[t];
    for (let j = 0; j < dh.length; j++) dh[j] = direct[j] + dhNext[j];
    spec.stepBackward(cell.p, trace, grads, t, dh, dhNext);
  }
  // the parameter gradients: for every weight, a sum over steps of (gradient in) · (what it multiplied)ᵀ
  spec.paramGrads(cell.p, grads.dp, trace, grads, inputs ? grads.dxs : null);
  assertFinite(grads.dtheta, 0, 'dθ');
}
