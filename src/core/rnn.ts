/**
 * Vanilla (Elman) RNN cell, one step, in PyTorch's convention (torch.nn.RNN, nonlinearity tanh):
 *
 *   h = tanh(W_ih·x + b_ih + W_hh·hPrev + b_hh)
 *
 * Shapes: x [D]; hPrev, h [H]; W_ih [H, D]; W_hh [H, H]; b_ih, b_hh [H].
 * No gates: every step rewrites the whole state, so a memory survives only by being re-encoded.
 */
import { tanhBackward, tanhInto } from './activations';
import type { CellOf } from './cell';
import type { CellSpec, GradientsBase, Steps, TraceBase } from './cell-spec';
import type { GradientsFor } from './gradients';
import type { BlockParams } from './layout';
import { affine2 } from './matrix';
import { matTVecAcc, outerSumAcc } from './matrix-grads';
import { before, series, type Series } from './series';
import type { TraceFor } from './trace';

/** h' = tanh(W_ih·x + b_ih + W_hh·h + b_hh): one block, named h, so its views are PyTorch's names. */
export type RnnParams = BlockParams<'h'>;

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
 * The RNN's parameter gradients, after the sweep, as sums over the T steps (of every sequence in a
 * batch): ∂L/∂W_ih = Σ_t da_t·x_tᵀ, ∂L/∂W_hh = Σ_t da_t·h_{t−1}ᵀ, ∂L/∂b_ih = ∂L/∂b_hh = Σ_t da_t;
 * unless dxs is null, ∂L/∂x_t = W_ihᵀ·da_t.
 */
export function rnnParamGrads(
  p: RnnParams,
  dp: RnnParams,
  da: Series,
  xs: Float64Array,
  hPrevs: Float64Array,
  { T, B }: Steps,
  dxs: Float64Array[] | null,
): void {
  outerSumAcc(dp.W_ih, dp.b_ih, da.flat, xs, T, B);
  outerSumAcc(dp.W_hh, dp.b_hh, da.flat, hPrevs, T, B);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_ih, da.at[t]);
  });
}

/** The RNN's own fields in a trace (trace.ts adds what every trace holds). */
export interface RnnTraceFields {
  /** no gates */
  readonly gates: Readonly<Record<never, Float64Array[]>>;
  /** the pre-activation of h */
  readonly pre: Readonly<{ h: Float64Array[] }>;
  readonly slots: RnnSlot[];
}

/** The RNN's own fields in its gradients (gradients.ts adds what every gradient holds). */
export interface RnnGradientFields {
  /** ∂L/∂a_t, the pre-activation of h_t */
  readonly dpre: Readonly<{ h: Series }>;
}

export type RnnCell = CellOf<'rnn'>;
export type RnnTrace = TraceFor<'rnn'>;
export type RnnGradients = GradientsFor<'rnn'>;

type Trace = TraceBase & RnnTraceFields;
type Grads = GradientsBase & RnnGradientFields;

/** The vanilla RNN in the cell-kind registry (kinds.ts). */
export const RNN = {
  blocks: ['h'],
  forceable: [],
  states: ['h'],
  forgetBlock: null,
  torch: 'RNN',
  trace(T, H, { h }): RnnTraceFields {
    const a = series(T, H).at;
    return { gates: {}, pre: { h: a }, slots: h.at.map((ht, t) => ({ a: a[t], h: ht })) };
  },
  grads: (T, H): RnnGradientFields => ({ dpre: { h: series(T, H) } }),
  step(p: RnnParams, tr: Trace, t: number) {
    rnnStep(p, tr.xs[t], before(tr.hs, tr.h0, t), tr.slots[t]);
  },
  stepBackward(
    p: RnnParams,
    tr: Trace,
    g: Grads,
    t: number,
    dh: Float64Array,
    dhPrev: Float64Array,
  ) {
    rnnStepBackward(p, tr.slots[t], dh, dhPrev, g.dpre.h.at[t]);
  },
  paramGrads(p: RnnParams, dp: RnnParams, tr: Trace, g: Grads, dxs: Float64Array[] | null) {
    rnnParamGrads(p, dp, g.dpre.h, tr.flat.xs, tr.flat.hPrevs, tr, dxs);
  },
} as const satisfies CellSpec;
