/**
 * LSTM cell, one step, in PyTorch's convention (torch.nn.LSTM, gate order i, f, g, o):
 *
 *   i  = σ(W_ii·x + b_ii + W_hi·hPrev + b_hi)     input gate: how much of the candidate to write
 *   f  = σ(W_if·x + b_if + W_hf·hPrev + b_hf)     forget gate: how much of the old cell to keep
 *   g  = tanh(W_ig·x + b_ig + W_hg·hPrev + b_hg)  candidate: what could be written
 *   o  = σ(W_io·x + b_io + W_ho·hPrev + b_ho)     output gate: how much of the cell to expose
 *   c  = f ⊙ cPrev + i ⊙ g                        cell state: the long-term memory path
 *   h  = o ⊙ tanh(c)                              hidden state: the exposed representation
 *
 * Shapes: x [D]; hPrev, cPrev, every gate, c, h [H]; W_i· [H, D]; W_h· [H, H]; b_·· [H].
 * A forced gate (i, f or o) has its activation replaced after σ; its pre-activation is kept, so
 * the panels can show what the learned gate would have done.
 */
import { sigmoidBackward, sigmoidInto, tanhBackward, tanhInto } from './activations';
import type { LstmParams } from './layout';
import { affine2, matTVecAcc, outerSumAcc } from './matrix';
import { applyForcing, blockForced, type Forcing } from './overrides';
import type { Series } from './series';

/** Everything one LSTM step computes: pre-activations a_·, gates, c, tanh(c) and h. */
export interface LstmSlot {
  a_i: Float64Array;
  a_f: Float64Array;
  a_g: Float64Array;
  a_o: Float64Array;
  i: Float64Array;
  f: Float64Array;
  g: Float64Array;
  o: Float64Array;
  c: Float64Array;
  tanhC: Float64Array;
  h: Float64Array;
}

/** The forcings of one step, per forceable gate (null: as learned). */
export interface LstmForcing {
  i: Forcing | null;
  f: Forcing | null;
  o: Forcing | null;
}

/** ∂L/∂(pre-activation) of each gate at one step: what backward sends into the weights. */
export interface LstmPreGrads {
  da_i: Float64Array;
  da_f: Float64Array;
  da_g: Float64Array;
  da_o: Float64Array;
}

/** Buffers [H] that backward reuses at every step. */
export interface LstmScratch {
  di: Float64Array;
  df: Float64Array;
  dg: Float64Array;
  do: Float64Array;
}

/** One LSTM step: reads x, hPrev, cPrev; writes every field of s. */
export function lstmStep(
  p: LstmParams,
  x: Float64Array,
  hPrev: Float64Array,
  cPrev: Float64Array,
  s: LstmSlot,
  fc: LstmForcing,
): void {
  // i = σ(W_ii·x + b_ii + W_hi·hPrev + b_hi)   — how much of the candidate to write
  affine2(s.a_i, p.W_ii, x, p.b_ii, p.W_hi, hPrev, p.b_hi);
  sigmoidInto(s.i, s.a_i);
  applyForcing(s.i, fc.i);
  // f = σ(W_if·x + b_if + W_hf·hPrev + b_hf)   — how much of the old cell to keep
  affine2(s.a_f, p.W_if, x, p.b_if, p.W_hf, hPrev, p.b_hf);
  sigmoidInto(s.f, s.a_f);
  applyForcing(s.f, fc.f);
  // g = tanh(W_ig·x + b_ig + W_hg·hPrev + b_hg) — the candidate values
  affine2(s.a_g, p.W_ig, x, p.b_ig, p.W_hg, hPrev, p.b_hg);
  tanhInto(s.g, s.a_g);
  // o = σ(W_io·x + b_io + W_ho·hPrev + b_ho)   — how much of the cell to expose
  affine2(s.a_o, p.W_io, x, p.b_io, p.W_ho, hPrev, p.b_ho);
  sigmoidInto(s.o, s.a_o);
  applyForcing(s.o, fc.o);
  const { i, f, g, o, c, tanhC, h } = s;
  for (let j = 0; j < c.length; j++) {
    // c = f ⊙ cPrev + i ⊙ g — what we keep of the old cell plus what we write
    c[j] = f[j] * cPrev[j] + i[j] * g[j];
    // h = o ⊙ tanh(c) — the part of the memory we expose
    tanhC[j] = Math.tanh(c[j]);
    h[j] = o[j] * tanhC[j];
  }
}

/**
 * Backward through one LSTM step. Given dh = ∂L/∂h_t (all paths) and dcNext = ∂L/∂c_t through
 * step t+1, writes dc = ∂L/∂c_t (all paths), the gates' pre-activation gradients d, and dhPrev and
 * dcPrev (this step's share of ∂L/∂h_{t−1} and ∂L/∂c_{t−1}; dcPrev may alias dcNext). The weight
 * gradients are sums over steps, taken after the sweep (lstmParamGrads).
 */
export function lstmStepBackward(
  p: LstmParams,
  s: LstmSlot,
  fc: LstmForcing,
  cPrev: Float64Array,
  dh: Float64Array,
  dcNext: Float64Array,
  dc: Float64Array,
  dhPrev: Float64Array,
  dcPrev: Float64Array,
  d: LstmPreGrads,
  w: LstmScratch,
): void {
  const { i, f, g, o, tanhC } = s;
  const { di, df, dg, do: dO } = w;
  for (let j = 0; j < dh.length; j++) {
    // backprop into o through h = o ⊙ tanh(c)
    dO[j] = dh[j] * tanhC[j];
    // backprop into c: through tanh in h, plus the cell path from step t+1
    dc[j] = dcNext[j] + dh[j] * o[j] * (1 - tanhC[j] * tanhC[j]);
    // backprop through c = f ⊙ cPrev + i ⊙ g into f, i, g and the old cell
    df[j] = dc[j] * cPrev[j];
    di[j] = dc[j] * g[j];
    dg[j] = dc[j] * i[j];
    dcPrev[j] = dc[j] * f[j];
  }
  // backprop into the pre-activations; a forced gate is a constant and passes nothing
  sigmoidBackward(d.da_i, di, i);
  blockForced(d.da_i, fc.i);
  sigmoidBackward(d.da_f, df, f);
  blockForced(d.da_f, fc.f);
  tanhBackward(d.da_g, dg, g);
  sigmoidBackward(d.da_o, dO, o);
  blockForced(d.da_o, fc.o);
  // backprop into hPrev through every gate's recurrent weights
  dhPrev.fill(0);
  matTVecAcc(dhPrev, p.W_hi, d.da_i);
  matTVecAcc(dhPrev, p.W_hf, d.da_f);
  matTVecAcc(dhPrev, p.W_hg, d.da_g);
  matTVecAcc(dhPrev, p.W_ho, d.da_o);
}

/**
 * The LSTM's parameter gradients, after the sweep, as sums over the T steps — for each gate ·:
 * ∂L/∂W_i· = Σ_t da_·,t·x_tᵀ, ∂L/∂W_h· = Σ_t da_·,t·h_{t−1}ᵀ, ∂L/∂b_i· = ∂L/∂b_h· = Σ_t da_·,t;
 * and, unless dxs is null, ∂L/∂x_t = Σ_· W_i·ᵀ·da_·,t.
 */
export function lstmParamGrads(
  p: LstmParams,
  dp: LstmParams,
  da: Readonly<Record<'i' | 'f' | 'g' | 'o', Series>>,
  xs: Float64Array,
  hPrevs: Float64Array,
  dxs: Float64Array[] | null,
): void {
  const T = da.i.at.length;
  outerSumAcc(dp.W_ii, dp.b_ii, da.i.flat, xs, T);
  outerSumAcc(dp.W_hi, dp.b_hi, da.i.flat, hPrevs, T);
  outerSumAcc(dp.W_if, dp.b_if, da.f.flat, xs, T);
  outerSumAcc(dp.W_hf, dp.b_hf, da.f.flat, hPrevs, T);
  outerSumAcc(dp.W_ig, dp.b_ig, da.g.flat, xs, T);
  outerSumAcc(dp.W_hg, dp.b_hg, da.g.flat, hPrevs, T);
  outerSumAcc(dp.W_io, dp.b_io, da.o.flat, xs, T);
  outerSumAcc(dp.W_ho, dp.b_ho, da.o.flat, hPrevs, T);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_ii, da.i.at[t]);
    matTVecAcc(dx, p.W_if, da.f.at[t]);
    matTVecAcc(dx, p.W_ig, da.g.at[t]);
    matTVecAcc(dx, p.W_io, da.o.at[t]);
  });
}
