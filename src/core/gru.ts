/**
 * GRU cell, one step, in PyTorch's convention (torch.nn.GRU, gate order r, z, n):
 *
 *   r  = σ(W_ir·x + b_ir + W_hr·hPrev + b_hr)       reset gate: how much of the past feeds n
 *   z  = σ(W_iz·x + b_iz + W_hz·hPrev + b_hz)       update gate: how much of the old state to keep
 *   n  = tanh(W_in·x + b_in + r ⊙ (W_hn·hPrev + b_hn))   candidate state
 *   h  = (1 − z) ⊙ n + z ⊙ hPrev                    the one state: a mix of new and old
 *
 * Shapes: x [D]; hPrev, r, z, n, h [H]; W_i· [H, D]; W_h· [H, H]; b_·· [H].
 * Convention note: the reset gate multiplies the recurrent product (W_hn·hPrev + b_hn), after the
 * matrix product, as in PyTorch and cuDNN. Keras and TF.js apply it before (W_hn·(r ⊙ hPrev)) by
 * default, so their weights do not carry over unchanged.
 */
import { sigmoidBackward, sigmoidInto, tanhBackward } from './activations';
import type { GruParams } from './layout';
import { affine, affine2, affineBackward } from './matrix';
import { applyForcing, blockForced, type Forcing } from './overrides';

/** Everything one GRU step computes; hn = W_hn·hPrev + b_hn is kept for backward. */
export interface GruSlot {
  a_r: Float64Array;
  a_z: Float64Array;
  a_n: Float64Array;
  r: Float64Array;
  z: Float64Array;
  n: Float64Array;
  hn: Float64Array;
  h: Float64Array;
}

/** The forcings of one step, per forceable gate (null: as learned). */
export interface GruForcing {
  r: Forcing | null;
  z: Forcing | null;
}

/** Buffers [H] that backward reuses at every step. */
export interface GruScratch {
  dr: Float64Array;
  dz: Float64Array;
  dn: Float64Array;
  dhn: Float64Array;
  da_r: Float64Array;
  da_z: Float64Array;
  da_n: Float64Array;
}

/** One GRU step: reads x and hPrev; writes every field of s. */
export function gruStep(
  p: GruParams,
  x: Float64Array,
  hPrev: Float64Array,
  s: GruSlot,
  fc: GruForcing,
): void {
  // r = σ(W_ir·x + b_ir + W_hr·hPrev + b_hr) — how much of the past the candidate may use
  affine2(s.a_r, p.W_ir, x, p.b_ir, p.W_hr, hPrev, p.b_hr);
  sigmoidInto(s.r, s.a_r);
  applyForcing(s.r, fc.r);
  // z = σ(W_iz·x + b_iz + W_hz·hPrev + b_hz) — how much of the old state to keep
  affine2(s.a_z, p.W_iz, x, p.b_iz, p.W_hz, hPrev, p.b_hz);
  sigmoidInto(s.z, s.a_z);
  applyForcing(s.z, fc.z);
  // n = tanh(W_in·x + b_in + r ⊙ (W_hn·hPrev + b_hn)) — reset applied after the product
  affine(s.hn, p.W_hn, hPrev, p.b_hn);
  affine(s.a_n, p.W_in, x, p.b_in);
  for (let j = 0; j < s.h.length; j++) {
    s.a_n[j] += s.r[j] * s.hn[j];
    s.n[j] = Math.tanh(s.a_n[j]);
    // h = (1 − z) ⊙ n + z ⊙ hPrev — write the candidate where z is low, keep the old state where high
    s.h[j] = (1 - s.z[j]) * s.n[j] + s.z[j] * hPrev[j];
  }
}

/**
 * Backward through one GRU step. Given dh = ∂L/∂h_t (all paths), writes dhPrev (this step's
 * share of ∂L/∂h_{t−1}), dx = ∂L/∂x_t unless null, and adds into dp.
 */
export function gruStepBackward(
  p: GruParams,
  dp: GruParams,
  x: Float64Array,
  hPrev: Float64Array,
  s: GruSlot,
  fc: GruForcing,
  dh: Float64Array,
  dx: Float64Array | null,
  dhPrev: Float64Array,
  w: GruScratch,
): void {
  for (let j = 0; j < dh.length; j++) {
    // backprop through h = (1 − z) ⊙ n + z ⊙ hPrev into n, z and (directly) the old state
    w.dn[j] = dh[j] * (1 - s.z[j]);
    w.dz[j] = dh[j] * (hPrev[j] - s.n[j]);
    dhPrev[j] = dh[j] * s.z[j];
  }
  // backprop into n's pre-activation through tanh
  tanhBackward(w.da_n, w.dn, s.n);
  for (let j = 0; j < dh.length; j++) {
    // backprop through r ⊙ hn into the reset gate and the recurrent product
    w.dr[j] = w.da_n[j] * s.hn[j];
    w.dhn[j] = w.da_n[j] * s.r[j];
  }
  // backprop into the gates' pre-activations; a forced gate is a constant and passes nothing
  sigmoidBackward(w.da_r, w.dr, s.r);
  blockForced(w.da_r, fc.r);
  sigmoidBackward(w.da_z, w.dz, s.z);
  blockForced(w.da_z, fc.z);
  // backprop into the weights, biases, x and hPrev
  dx?.fill(0);
  affineBackward(w.da_r, x, p.W_ir, dp.W_ir, dp.b_ir, dx);
  affineBackward(w.da_r, hPrev, p.W_hr, dp.W_hr, dp.b_hr, dhPrev);
  affineBackward(w.da_z, x, p.W_iz, dp.W_iz, dp.b_iz, dx);
  affineBackward(w.da_z, hPrev, p.W_hz, dp.W_hz, dp.b_hz, dhPrev);
  affineBackward(w.da_n, x, p.W_in, dp.W_in, dp.b_in, dx);
  affineBackward(w.dhn, hPrev, p.W_hn, dp.W_hn, dp.b_hn, dhPrev);
}
