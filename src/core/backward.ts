/**
 * The time loop, backward (BPTT): given ∂L/∂h_t for every t (the loss's direct gradient at each
 * step), walks the trace from the last step to the first, carrying the gradient that flows into
 * the previous state, and accumulates the parameter gradients.
 */
import type { Cell } from './cell';
import type { Vector } from './forward';
import { allocGradients, type Gradients } from './gradients';
import { gruStepBackward } from './gru';
import { lstmStepBackward } from './lstm';
import { rnnStepBackward } from './rnn';
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
  const { T, H } = trace;
  if (trace.kind !== cell.kind || trace.D !== cell.D || H !== cell.H) {
    throw new Error(
      `backward: trace is for ${trace.kind} D=${trace.D} H=${H}, cell is ${cell.kind} D=${cell.D} H=${cell.H}`,
    );
  }
  if (grads.kind !== cell.kind || grads.T !== T || grads.H !== H || grads.D !== cell.D) {
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

  // dhNext carries ∂L/∂h_{t} through step t+1 (and ends as ∂L/∂h0); dcNext likewise for c.
  const dhNext = grads.dh0;
  dhNext.fill(0);
  const dxOf = (t: number) => (inputs ? grads.dxs[t] : null);
  for (let t = T - 1; t >= 0; t--) {
    // ∂L/∂h_t = what the loss says directly + what flows back from step t+1
    const dh = grads.dhs[t];
    const direct = dhs[t];
    for (let j = 0; j < H; j++) dh[j] = direct[j] + dhNext[j];
    const x = trace.xs[t];
    if (cell.kind === 'lstm' && trace.kind === 'lstm' && grads.kind === 'lstm') {
      const dcNext = grads.dc0;
      if (t === T - 1) dcNext.fill(0);
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      const cPrev = t === 0 ? trace.c0 : trace.cs[t - 1];
      lstmStepBackward(cell.p, grads.dp, x, hPrev, cPrev, trace.slots[t], trace.forcing[t],
        dh, dcNext, grads.dcs[t], dxOf(t), dhNext, dcNext, grads.scratch); // prettier-ignore
    } else if (cell.kind === 'gru' && trace.kind === 'gru' && grads.kind === 'gru') {
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      gruStepBackward(cell.p, grads.dp, x, hPrev, trace.slots[t], trace.forcing[t],
        dh, dxOf(t), dhNext, grads.scratch); // prettier-ignore
    } else if (cell.kind === 'rnn' && trace.kind === 'rnn' && grads.kind === 'rnn') {
      const hPrev = t === 0 ? trace.h0 : trace.hs[t - 1];
      rnnStepBackward(
        cell.p,
        grads.dp,
        x,
        hPrev,
        trace.slots[t],
        dh,
        dxOf(t),
        dhNext,
        grads.scratch,
      );
    }
  }
  assertFinite([grads.dtheta], 'dθ');
}
