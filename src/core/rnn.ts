/**
 * Vanilla (Elman) RNN cell, one step, in PyTorch's convention (torch.nn.RNN, nonlinearity tanh):
 *
 *   h = tanh(W_ih·x + b_ih + W_hh·hPrev + b_hh)
 *
 * Shapes: x [D]; hPrev, h [H]; W_ih [H, D]; W_hh [H, H]; b_ih, b_hh [H].
 * No gates: every step rewrites the whole state, so a memory survives only by being re-encoded.
 */
import { tanhBackward, tanhInto } from './activations';
import type { RnnParams } from './layout';
import { affine2, affineBackward } from './matrix';

/** What one RNN step computes: the pre-activation a and the new state h. */
export interface RnnSlot {
  a: Float64Array;
  h: Float64Array;
}

/** Buffers [H] that backward reuses at every step. */
export interface RnnScratch {
  da: Float64Array;
}

/** One RNN step: reads x and hPrev; writes s.a and s.h. */
export function rnnStep(p: RnnParams, x: Float64Array, hPrev: Float64Array, s: RnnSlot): void {
  // h = tanh(W_ih·x + b_ih + W_hh·hPrev + b_hh) — the whole state is overwritten
  affine2(s.a, p.W_ih, x, p.b_ih, p.W_hh, hPrev, p.b_hh);
  tanhInto(s.h, s.a);
}

/**
 * Backward through one RNN step. Given dh = ∂L/∂h_t (all paths), writes dhPrev (this step's share
 * of ∂L/∂h_{t−1}), dx = ∂L/∂x_t unless null, and adds into dp.
 */
export function rnnStepBackward(
  p: RnnParams,
  dp: RnnParams,
  x: Float64Array,
  hPrev: Float64Array,
  s: RnnSlot,
  dh: Float64Array,
  dx: Float64Array | null,
  dhPrev: Float64Array,
  w: RnnScratch,
): void {
  // backprop into a through tanh: each step multiplies the gradient by (1 − h²) ≤ 1 …
  tanhBackward(w.da, dh, s.h);
  dx?.fill(0);
  dhPrev.fill(0);
  affineBackward(w.da, x, p.W_ih, dp.W_ih, dp.b_ih, dx);
  // … and by W_hhᵀ: across many steps the product shrinks (or blows up) geometrically
  affineBackward(w.da, hPrev, p.W_hh, dp.W_hh, dp.b_hh, dhPrev);
}
