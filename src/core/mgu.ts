/**
 * MGU, the minimal gated unit (Zhou, Wu, Zhang and Zhou, 2016), one step, row blocks f, n:
 *
 *   f  = σ(W_if·x + b_if + W_hf·hPrev + b_hf)            forget gate: how much of the old state to replace
 *   n  = tanh(W_in·x + b_in + W_hn·(f ⊙ hPrev) + b_hn)   candidate state, from the part of the past f lets through
 *   h  = (1 − f) ⊙ hPrev + f ⊙ n                         the one state: a mix of old and new
 *
 * Shapes: x [D]; hPrev, f, n, h [H]; W_i· [H, D]; W_h· [H, H]; b_·· [H]. θ is laid out as
 * PyTorch lays out its cells: weight_ih [2H, D], weight_hh [2H, H], bias_ih [2H], bias_hh [2H],
 * row blocks f, n.
 * Convention note: PyTorch has no MGU module (torch: null below), so no PyTorch file is read as one
 * and the weights export offers the lab's own model file. The one gate does the work of the GRU's
 * two: f is the GRU's reset gate (it scales the past inside the candidate, before the product, as
 * in the paper) and its update gate with the roles swapped (f high writes the candidate; the GRU's
 * z high keeps the old state): a GRU with z = 1 − f and r = f, the reset moved before the product.
 */
import { sigmoidBackward, sigmoidInto, tanhBackward } from './activations';
import type { CellOf } from './cell';
import type { CellSpec, GradientsBase, Steps, TraceBase } from './cell-spec';
import type { GradientsFor } from './gradients';
import { applyForcing, blockForced, type StepForcing } from './forcing';
import type { BlockParams } from './layout';
import { affine2 } from './matrix';
import { matTVecAcc, outerSumAcc } from './matrix-grads';
import { before, series, seriesOf, stepsOf, type Series } from './series';
import type { TraceFor } from './trace';

/** Gate f and candidate n, each with input weights, recurrent weights and two biases. */
export type MguParams = BlockParams<'f' | 'n'>;

/** Everything one MGU step computes; fh = f ⊙ hPrev is kept for backward (and the weight sums). */
export interface MguSlot {
  a_f: Float64Array;
  a_n: Float64Array;
  f: Float64Array;
  n: Float64Array;
  fh: Float64Array;
  h: Float64Array;
}

/** ∂L/∂(pre-activation) of f and n at one step. */
export interface MguPreGrads {
  da_f: Float64Array;
  da_n: Float64Array;
}

/** Buffers [H] that backward reuses at every step. */
export interface MguScratch {
  df: Float64Array;
  dn: Float64Array;
  /** ∂L/∂(f ⊙ hPrev), through the candidate's recurrent weights */
  dfh: Float64Array;
}

/** One MGU step: reads x and hPrev; writes every field of s. */
export function mguStep(
  p: MguParams,
  x: Float64Array,
  hPrev: Float64Array,
  s: MguSlot,
  fc: StepForcing,
): void {
  // f = σ(W_if·x + b_if + W_hf·hPrev + b_hf) — how much of the old state to replace
  affine2(s.a_f, p.W_if, x, p.b_if, p.W_hf, hPrev, p.b_hf);
  sigmoidInto(s.f, s.a_f);
  applyForcing(s.f, fc.f);
  // n = tanh(W_in·x + b_in + W_hn·(f ⊙ hPrev) + b_hn) — the gate is applied before the product
  const { a_n, f, n, fh, h } = s;
  for (let j = 0; j < h.length; j++) fh[j] = f[j] * hPrev[j];
  affine2(a_n, p.W_in, x, p.b_in, p.W_hn, fh, p.b_hn);
  for (let j = 0; j < h.length; j++) {
    n[j] = Math.tanh(a_n[j]);
    // h = (1 − f) ⊙ hPrev + f ⊙ n — keep the old state where f is low, write the candidate where high
    h[j] = (1 - f[j]) * hPrev[j] + f[j] * n[j];
  }
}

/**
 * Backward through one MGU step. Given dh = ∂L/∂h_t (all paths), writes the pre-activation
 * gradients d and dhPrev (this step's share of ∂L/∂h_{t−1}). The weight gradients are sums over
 * steps, taken after the sweep (mguParamGrads).
 */
export function mguStepBackward(
  p: MguParams,
  s: MguSlot,
  fc: StepForcing,
  hPrev: Float64Array,
  dh: Float64Array,
  dhPrev: Float64Array,
  d: MguPreGrads,
  w: MguScratch,
): void {
  const { f, n } = s;
  const { df, dn, dfh } = w;
  for (let j = 0; j < dh.length; j++) {
    // backprop through h = (1 − f) ⊙ hPrev + f ⊙ n into n, f and (directly) the old state
    dn[j] = dh[j] * f[j];
    df[j] = dh[j] * (n[j] - hPrev[j]);
    dhPrev[j] = dh[j] * (1 - f[j]);
  }
  // backprop into n's pre-activation through tanh
  tanhBackward(d.da_n, dn, n);
  // backprop through W_hn into f ⊙ hPrev, then into the gate and the old state
  dfh.fill(0);
  matTVecAcc(dfh, p.W_hn, d.da_n);
  for (let j = 0; j < dh.length; j++) {
    df[j] += dfh[j] * hPrev[j];
    dhPrev[j] += dfh[j] * f[j];
  }
  // backprop into the gate's pre-activation; a forced gate is a constant and passes nothing
  sigmoidBackward(d.da_f, df, f);
  blockForced(d.da_f, fc.f);
  // backprop into hPrev through the gate's recurrent weights
  matTVecAcc(dhPrev, p.W_hf, d.da_f);
}

/**
 * The MGU's parameter gradients, after the sweep, as sums over the T steps (of every sequence in
 * a batch): for f,
 * ∂L/∂W_if = Σ_t da_f,t·x_tᵀ, ∂L/∂W_hf = Σ_t da_f,t·h_{t−1}ᵀ, ∂L/∂b_if = ∂L/∂b_hf = Σ_t da_f,t;
 * for n the recurrent side reads f ⊙ h_{t−1} (∂L/∂W_hn = Σ_t da_n,t·(f_t ⊙ h_{t−1})ᵀ); and,
 * unless dxs is null, ∂L/∂x_t = W_ifᵀ·da_f + W_inᵀ·da_n.
 */
export function mguParamGrads(
  p: MguParams,
  dp: MguParams,
  da: Readonly<Record<'f' | 'n', Series>>,
  xs: Float64Array,
  hPrevs: Float64Array,
  fhs: Float64Array,
  { T, B }: Steps,
  dxs: Float64Array[] | null,
): void {
  outerSumAcc(dp.W_if, dp.b_if, da.f.flat, xs, T, B);
  outerSumAcc(dp.W_hf, dp.b_hf, da.f.flat, hPrevs, T, B);
  outerSumAcc(dp.W_in, dp.b_in, da.n.flat, xs, T, B);
  outerSumAcc(dp.W_hn, dp.b_hn, da.n.flat, fhs, T, B);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_if, da.f.at[t]);
    matTVecAcc(dx, p.W_in, da.n.at[t]);
  });
}

/** The MGU's own fields in a trace (trace.ts adds what every trace holds). */
export interface MguTraceFields {
  /** gate activations by name (after any forcing); n is the candidate */
  readonly gates: Readonly<Record<'f' | 'n', Float64Array[]>>;
  /** pre-activations; pre.n includes the gated recurrent term W_hn·(f ⊙ h_{t−1}) */
  readonly pre: Readonly<Record<'f' | 'n', Float64Array[]>>;
  /** f ⊙ h_{t−1}, the part of the past the candidate reads, back to back (flat) and per step (at) */
  readonly fhs: Series;
  readonly slots: MguSlot[];
}

/** The MGU's own fields in its gradients (gradients.ts adds what every gradient holds). */
export interface MguGradientFields {
  /** ∂L/∂(pre-activation) of f and n per step */
  readonly dpre: Readonly<Record<'f' | 'n', Series>>;
  /** dpre's views at each step, for the step-backward */
  readonly slots: MguPreGrads[];
  readonly scratch: MguScratch;
}

export type MguCell = CellOf<'mgu'>;
export type MguTrace = TraceFor<'mgu'>;
export type MguGradients = GradientsFor<'mgu'>;

type Trace = TraceBase & MguTraceFields;
type Grads = GradientsBase & MguGradientFields;

/** The MGU in the cell-kind registry (kinds.ts). PyTorch has no such module. */
export const MGU = {
  blocks: ['f', 'n'],
  forceable: ['f'],
  states: ['h'],
  forgetBlock: null,
  torch: null,
  trace(T, H, { h }): MguTraceFields {
    const a = stepsOf(['f', 'n'], T, H);
    const act = stepsOf(['f', 'n'], T, H);
    const fhs = series(T, H);
    const slots = h.at.map((ht, t) => ({
      a_f: a.f[t], a_n: a.n[t], f: act.f[t], n: act.n[t], fh: fhs.at[t], h: ht,
    })); // prettier-ignore
    return { gates: act, pre: a, fhs, slots };
  },
  grads(T, H): MguGradientFields {
    const dpre = seriesOf(['f', 'n'], T, H);
    const slots = dpre.f.at.map((_, t) => ({ da_f: dpre.f.at[t], da_n: dpre.n.at[t] }));
    const vec = () => new Float64Array(H);
    return { dpre, slots, scratch: { df: vec(), dn: vec(), dfh: vec() } };
  },
  step(p: MguParams, tr: Trace, t: number) {
    const hPrev = before(tr.hs, tr.h0, t);
    mguStep(p, tr.xs[t], hPrev, tr.slots[t], tr.forcing[t]);
  },
  stepBackward(
    p: MguParams,
    tr: Trace,
    g: Grads,
    t: number,
    dh: Float64Array,
    dhPrev: Float64Array,
  ) {
    const hPrev = before(tr.hs, tr.h0, t);
    mguStepBackward(p, tr.slots[t], tr.forcing[t], hPrev, dh, dhPrev, g.slots[t], g.scratch);
  },
  paramGrads(p: MguParams, dp: MguParams, tr: Trace, g: Grads, dxs: Float64Array[] | null) {
    mguParamGrads(p, dp, g.dpre, tr.flat.xs, tr.flat.hPrevs, tr.fhs.flat, tr, dxs);
  },
} as const satisfies CellSpec;
