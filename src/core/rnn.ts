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
import { affine2, matTVecAcc, outerSumAcc } from './matrix';
import type { Series } from './series';

/** What one RNN step computes: the pre-activation a and the new state h. */
export interface RnnSlot {
  a: Float64Array;
  h: Float64Array;
}

/** One RNN step: reads x and hPrev; writes s.a and s.h. */
export function rnnStep(p: RnnParams, x: Float64Array, hPrev: Float64Array, s: RnnSlot): void {
  // h = tanh(W_ih·x + b_ih + W_hh·hPrev + b_hh) — the whole state is overwritten
  affine2(s.a, p.W_ih, x, p.b_ih, p.W_hh, hPrev, p.b_hh);
  tanhInto(s.h, s.a);
}

/**
 * Backward through one RNN step. Given dh = ∂L/∂h_t (all paths), writes da = ∂L/∂a_t and dhPrev
 * (this step's share of ∂L/∂h_{t−1}). The weight gradients are sums over steps, taken after the
 * sweep (rnnParamGrads).
 */
export function rnnStepBackward(
  p: RnnParams,
  s: RnnSlot,
  dh: Float64Array,
  dhPrev: Float64Array,
  da: Float64Array,
): void {
  // backprop into a through tanh: each step multiplies the gradient by (1 − h²) ≤ 1 …
  tanhBackward(da, dh, s.h);
  // … and by W_hhᵀ: across many steps the product shrinks (or blows up) geometrically
  dhPrev.fill(0);
  matTVecAcc(dhPrev, p.W_hh, da);
}

/**
 * The RNN's parameter gradients, after the sweep, as sums over the T steps: ∂L/∂W_ih = Σ_t da_t·x_tᵀ,
 * ∂L/∂W_hh = Σ_t da_t·h_{t−1}ᵀ, ∂L/∂b_ih = ∂L/∂b_hh = Σ_t da_t; unless dxs is null, ∂L/∂x_t = W_ihᵀ·da_t.
 */
export function rnnParamGrads(
  p: RnnParams,
  dp: RnnParams,
  da: Series,
  xs: Float64Array,
  hPrevs: Float64Array,
  dxs: Float64Array[] | null,
): void {
  const T = da.at.length;
  outerSumAcc(dp.W_ih, dp.b_ih, da.flat, xs, T);
  outerSumAcc(dp.W_hh, dp.b_hh, da.flat, hPrevs, T);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_ih, da.at[t]);
  });
}
