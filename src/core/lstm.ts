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
import { affine2, affineBackward } from './matrix';
import { applyForcing, blockForced, type Forcing } from './overrides';

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

/** Buffers [H] that backward reuses at every step. */
export interface LstmScratch {
  di: Float64Array;
  df: Float64Array;
  dg: Float64Array;
  do: Float64Array;
  da_i: Float64Array;
  da_f: Float64Array;
  da_g: Float64Array;
  da_o: Float64Array;
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
  for (let j = 0; j < s.c.length; j++) {
    // c = f ⊙ cPrev + i ⊙ g — what we keep of the old cell plus what we write
    s.c[j] = s.f[j] * cPrev[j] + s.i[j] * s.g[j];
    // h = o ⊙ tanh(c) — the part of the memory we expose
    s.tanhC[j] = Math.tanh(s.c[j]);
    s.h[j] = s.o[j] * s.tanhC[j];
  }
}

/**
 * Backward through one LSTM step. Given dh = ∂L/∂h_t (all paths) and dcNext = ∂L/∂c_t through
 * step t+1, writes dc = ∂L/∂c_t (all paths), dhPrev and dcPrev (this step's share of ∂L/∂h_{t−1}
 * and ∂L/∂c_{t−1}; dcPrev may alias dcNext), dx = ∂L/∂x_t unless null, and adds into dp.
 */
export function lstmStepBackward(
  p: LstmParams,
  dp: LstmParams,
  x: Float64Array,
  hPrev: Float64Array,
  cPrev: Float64Array,
  s: LstmSlot,
  fc: LstmForcing,
  dh: Float64Array,
  dcNext: Float64Array,
  dc: Float64Array,
  dx: Float64Array | null,
  dhPrev: Float64Array,
  dcPrev: Float64Array,
  w: LstmScratch,
): void {
  for (let j = 0; j < dh.length; j++) {
    // backprop into o through h = o ⊙ tanh(c)
    w.do[j] = dh[j] * s.tanhC[j];
    // backprop into c: through tanh in h, plus the cell path from step t+1
    dc[j] = dcNext[j] + dh[j] * s.o[j] * (1 - s.tanhC[j] * s.tanhC[j]);
    // backprop through c = f ⊙ cPrev + i ⊙ g into f, i, g and the old cell
    w.df[j] = dc[j] * cPrev[j];
    w.di[j] = dc[j] * s.g[j];
    w.dg[j] = dc[j] * s.i[j];
    dcPrev[j] = dc[j] * s.f[j];
  }
  // backprop into the pre-activations; a forced gate is a constant and passes nothing
  sigmoidBackward(w.da_i, w.di, s.i);
  blockForced(w.da_i, fc.i);
  sigmoidBackward(w.da_f, w.df, s.f);
  blockForced(w.da_f, fc.f);
  tanhBackward(w.da_g, w.dg, s.g);
  sigmoidBackward(w.da_o, w.do, s.o);
  blockForced(w.da_o, fc.o);
  // backprop into the weights, biases, x and hPrev of each gate
  dx?.fill(0);
  dhPrev.fill(0);
  affineBackward(w.da_i, x, p.W_ii, dp.W_ii, dp.b_ii, dx);
  affineBackward(w.da_i, hPrev, p.W_hi, dp.W_hi, dp.b_hi, dhPrev);
  affineBackward(w.da_f, x, p.W_if, dp.W_if, dp.b_if, dx);
  affineBackward(w.da_f, hPrev, p.W_hf, dp.W_hf, dp.b_hf, dhPrev);
  affineBackward(w.da_g, x, p.W_ig, dp.W_ig, dp.b_ig, dx);
  affineBackward(w.da_g, hPrev, p.W_hg, dp.W_hg, dp.b_hg, dhPrev);
  affineBackward(w.da_o, x, p.W_io, dp.W_io, dp.b_io, dx);
  affineBackward(w.da_o, hPrev, p.W_ho, dp.W_ho, dp.b_ho, dhPrev);
}
