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
import type { CellOf } from './cell';
import type { CellSpec, GradientsBase, Steps, TraceBase } from './cell-spec';
import type { GradientsFor } from './gradients';
import { applyForcing, blockForced, type StepForcing } from './forcing';
import type { BlockParams } from './layout';
import { affine, affine2 } from './matrix';
import { matTVecAcc, outerSumAcc } from './matrix-grads';
import { before, series, seriesOf, stepsOf, type Series } from './series';
import type { TraceFor } from './trace';

/** Gates r, z and candidate n, each with input weights, recurrent weights and two biases. */
export type GruParams = BlockParams<'r' | 'z' | 'n'>;

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

/**
 * ∂L/∂(pre-activation) of r, z and n at one step, and dhn = ∂L/∂(W_hn·hPrev + b_hn), the part of
 * n's gradient that reaches the recurrent weights through the reset gate.
 */
export interface GruPreGrads {
  da_r: Float64Array;
  da_z: Float64Array;
  da_n: Float64Array;
  dhn: Float64Array;
}

/** Buffers [H] that backward reuses at every step. */
export interface GruScratch {
  dr: Float64Array;
  dz: Float64Array;
  dn: Float64Array;
}

/** One GRU step: reads x and hPrev; writes every field of s. */
export function gruStep(
  p: GruParams,
  x: Float64Array,
  hPrev: Float64Array,
  s: GruSlot,
  fc: StepForcing,
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
  const { a_n, r, z, n, hn, h } = s;
  for (let j = 0; j < h.length; j++) {
    a_n[j] += r[j] * hn[j];
    n[j] = Math.tanh(a_n[j]);
    // h = (1 − z) ⊙ n + z ⊙ hPrev — write the candidate where z is low, keep the old state where high
    h[j] = (1 - z[j]) * n[j] + z[j] * hPrev[j];
  }
}

/**
 * Backward through one GRU step. Given dh = ∂L/∂h_t (all paths), writes the pre-activation
 * gradients d and dhPrev (this step's share of ∂L/∂h_{t−1}). The weight gradients are sums over
 * steps, taken after the sweep (gruParamGrads).
 */
export function gruStepBackward(
  p: GruParams,
  s: GruSlot,
  fc: StepForcing,
  hPrev: Float64Array,
  dh: Float64Array,
  dhPrev: Float64Array,
  d: GruPreGrads,
  w: GruScratch,
): void {
  const { r, z, n, hn } = s;
  const { dr, dz, dn } = w;
  const { da_n, dhn } = d;
  for (let j = 0; j < dh.length; j++) {
    // backprop through h = (1 − z) ⊙ n + z ⊙ hPrev into n, z and (directly) the old state
    dn[j] = dh[j] * (1 - z[j]);
    dz[j] = dh[j] * (hPrev[j] - n[j]);
    dhPrev[j] = dh[j] * z[j];
  }
  // backprop into n's pre-activation through tanh
  tanhBackward(da_n, dn, n);
  for (let j = 0; j < dh.length; j++) {
    // backprop through r ⊙ hn into the reset gate and the recurrent product
    dr[j] = da_n[j] * hn[j];
    dhn[j] = da_n[j] * r[j];
  }
  // backprop into the gates' pre-activations; a forced gate is a constant and passes nothing
  sigmoidBackward(d.da_r, dr, r);
  blockForced(d.da_r, fc.r);
  sigmoidBackward(d.da_z, dz, z);
  blockForced(d.da_z, fc.z);
  // backprop into hPrev through the recurrent weights
  matTVecAcc(dhPrev, p.W_hr, d.da_r);
  matTVecAcc(dhPrev, p.W_hz, d.da_z);
  matTVecAcc(dhPrev, p.W_hn, dhn);
}

/**
 * The GRU's parameter gradients, after the sweep, as sums over the T steps (of every sequence in
 * a batch): for r and z,
 * ∂L/∂W_i· = Σ_t da_·,t·x_tᵀ, ∂L/∂W_h· = Σ_t da_·,t·h_{t−1}ᵀ, ∂L/∂b_i· = ∂L/∂b_h· = Σ_t da_·,t;
 * for n the recurrent side takes dhn instead (the reset gate sits between); and, unless dxs is
 * null, ∂L/∂x_t = W_irᵀ·da_r + W_izᵀ·da_z + W_inᵀ·da_n.
 */
export function gruParamGrads(
  p: GruParams,
  dp: GruParams,
  da: Readonly<Record<'r' | 'z' | 'n' | 'hn', Series>>,
  xs: Float64Array,
  hPrevs: Float64Array,
  { T, B }: Steps,
  dxs: Float64Array[] | null,
): void {
  outerSumAcc(dp.W_ir, dp.b_ir, da.r.flat, xs, T, B);
  outerSumAcc(dp.W_hr, dp.b_hr, da.r.flat, hPrevs, T, B);
  outerSumAcc(dp.W_iz, dp.b_iz, da.z.flat, xs, T, B);
  outerSumAcc(dp.W_hz, dp.b_hz, da.z.flat, hPrevs, T, B);
  outerSumAcc(dp.W_in, dp.b_in, da.n.flat, xs, T, B);
  outerSumAcc(dp.W_hn, dp.b_hn, da.hn.flat, hPrevs, T, B);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_ir, da.r.at[t]);
    matTVecAcc(dx, p.W_iz, da.z.at[t]);
    matTVecAcc(dx, p.W_in, da.n.at[t]);
  });
}

/** The GRU's own fields in a trace (trace.ts adds what every trace holds). */
export interface GruTraceFields {
  /** gate activations by name (after any forcing); n is the candidate */
  readonly gates: Readonly<Record<'r' | 'z' | 'n', Float64Array[]>>;
  /** pre-activations; pre.n includes the reset-gated recurrent term */
  readonly pre: Readonly<Record<'r' | 'z' | 'n', Float64Array[]>>;
  /** W_hn·h_{t−1} + b_hn, the recurrent term the reset gate scales */
  readonly hns: Float64Array[];
  readonly slots: GruSlot[];
}

/** The GRU's own fields in its gradients (gradients.ts adds what every gradient holds). */
export interface GruGradientFields {
  /** ∂L/∂(pre-activation) of r, z, n per step; hn: ∂L/∂(W_hn·h_{t−1} + b_hn) */
  readonly dpre: Readonly<Record<'r' | 'z' | 'n' | 'hn', Series>>;
  /** dpre's views at each step, for the step-backward */
  readonly slots: GruPreGrads[];
  readonly scratch: GruScratch;
}

export type GruCell = CellOf<'gru'>;
export type GruTrace = TraceFor<'gru'>;
export type GruGradients = GradientsFor<'gru'>;

type Trace = TraceBase & GruTraceFields;
type Grads = GradientsBase & GruGradientFields;

/** The GRU in the cell-kind registry (kinds.ts). */
export const GRU = {
  blocks: ['r', 'z', 'n'],
  forceable: ['r', 'z'],
  states: ['h'],
  forgetBlock: null,
  torch: 'GRU',
  trace(T, H, { h }): GruTraceFields {
    const a = stepsOf(['r', 'z', 'n'], T, H);
    const act = stepsOf(['r', 'z', 'n'], T, H);
    const hns = series(T, H).at;
    const slots = h.at.map((ht, t) => ({
      a_r: a.r[t], a_z: a.z[t], a_n: a.n[t], r: act.r[t], z: act.z[t], n: act.n[t], hn: hns[t], h: ht,
    })); // prettier-ignore
    return { gates: act, pre: a, hns, slots };
  },
  grads(T, H): GruGradientFields {
    const dpre = seriesOf(['r', 'z', 'n', 'hn'], T, H);
    const slots = dpre.r.at.map((_, t) => ({
      da_r: dpre.r.at[t], da_z: dpre.z.at[t], da_n: dpre.n.at[t], dhn: dpre.hn.at[t],
    })); // prettier-ignore
    const vec = () => new Float64Array(H);
    return { dpre, slots, scratch: { dr: vec(), dz: vec(), dn: vec() } };
  },
  step(p: GruParams, tr: Trace, t: number) {
    const hPrev = before(tr.hs, tr.h0, t);
    gruStep(p, tr.xs[t], hPrev, tr.slots[t], tr.forcing[t]);
  },
  stepBackward(
    p: GruParams,
    tr: Trace,
    g: Grads,
    t: number,
    dh: Float64Array,
    dhPrev: Float64Array,
  ) {
    const hPrev = before(tr.hs, tr.h0, t);
    gruStepBackward(p, tr.slots[t], tr.forcing[t], hPrev, dh, dhPrev, g.slots[t], g.scratch);
  },
  paramGrads(p: GruParams, dp: GruParams, tr: Trace, g: Grads, dxs: Float64Array[] | null) {
    gruParamGrads(p, dp, g.dpre, tr.flat.xs, tr.flat.hPrevs, tr, dxs);
  },
} as const satisfies CellSpec;
