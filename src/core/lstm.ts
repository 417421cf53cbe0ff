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
import type { CellOf } from './cell';
import type { CellSpec, GradientsBase, Steps, TraceBase } from './cell-spec';
import type { GradientsFor } from './gradients';
import { applyForcing, blockForced, type StepForcing } from './forcing';
import type { BlockParams } from './layout';
import { affine2 } from './matrix';
import { matTVecAcc, outerSumAcc } from './matrix-grads';
import { before, series, seriesOf, stepsOf, type Series } from './series';
import type { TraceFor } from './trace';

/** Gates i, f, o and candidate g, each with input weights, recurrent weights and two biases. */
export type LstmParams = BlockParams<'i' | 'f' | 'g' | 'o'>;

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
  fc: StepForcing,
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
  fc: StepForcing,
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
 * The LSTM's parameter gradients, after the sweep, as sums over the T steps (of every sequence in
 * a batch) — for each gate ·: ∂L/∂W_i· = Σ_t da_·,t·x_tᵀ, ∂L/∂W_h· = Σ_t da_·,t·h_{t−1}ᵀ,
 * ∂L/∂b_i· = ∂L/∂b_h· = Σ_t da_·,t; and, unless dxs is null, ∂L/∂x_t = Σ_· W_i·ᵀ·da_·,t.
 */
export function lstmParamGrads(
  p: LstmParams,
  dp: LstmParams,
  da: Readonly<Record<'i' | 'f' | 'g' | 'o', Series>>,
  xs: Float64Array,
  hPrevs: Float64Array,
  { T, B }: Steps,
  dxs: Float64Array[] | null,
): void {
  outerSumAcc(dp.W_ii, dp.b_ii, da.i.flat, xs, T, B);
  outerSumAcc(dp.W_hi, dp.b_hi, da.i.flat, hPrevs, T, B);
  outerSumAcc(dp.W_if, dp.b_if, da.f.flat, xs, T, B);
  outerSumAcc(dp.W_hf, dp.b_hf, da.f.flat, hPrevs, T, B);
  outerSumAcc(dp.W_ig, dp.b_ig, da.g.flat, xs, T, B);
  outerSumAcc(dp.W_hg, dp.b_hg, da.g.flat, hPrevs, T, B);
  outerSumAcc(dp.W_io, dp.b_io, da.o.flat, xs, T, B);
  outerSumAcc(dp.W_ho, dp.b_ho, da.o.flat, hPrevs, T, B);
  dxs?.forEach((dx, t) => {
    dx.fill(0);
    matTVecAcc(dx, p.W_ii, da.i.at[t]);
    matTVecAcc(dx, p.W_if, da.f.at[t]);
    matTVecAcc(dx, p.W_ig, da.g.at[t]);
    matTVecAcc(dx, p.W_io, da.o.at[t]);
  });
}

/** The LSTM's own fields in a trace (trace.ts adds what every trace holds). */
export interface LstmTraceFields {
  /** the initial cell state [H] */
  readonly c0: Float64Array;
  /** c_t [H], the cell state after step t */
  readonly cs: Float64Array[];
  /** gate activations by name (after any forcing); g is the candidate */
  readonly gates: Readonly<Record<'i' | 'f' | 'g' | 'o', Float64Array[]>>;
  /** pre-activations by gate: what each gate computed before σ / tanh (and before forcing) */
  readonly pre: Readonly<Record<'i' | 'f' | 'g' | 'o', Float64Array[]>>;
  /** tanh(c_t), what the output gate exposes */
  readonly tanhCs: Float64Array[];
  readonly slots: LstmSlot[];
}

/** The LSTM's own fields in its gradients (gradients.ts adds what every gradient holds). */
export interface LstmGradientFields {
  /** ∂L/∂c_t through every path */
  readonly dcs: Float64Array[];
  /** ∂L/∂c0 */
  readonly dc0: Float64Array;
  /** ∂L/∂(pre-activation) of each gate, per step */
  readonly dpre: Readonly<Record<'i' | 'f' | 'g' | 'o', Series>>;
  /** dpre's views at each step, for the step-backward */
  readonly slots: LstmPreGrads[];
  readonly scratch: LstmScratch;
}

export type LstmCell = CellOf<'lstm'>;
export type LstmTrace = TraceFor<'lstm'>;
export type LstmGradients = GradientsFor<'lstm'>;

type Trace = TraceBase & LstmTraceFields;
type Grads = GradientsBase & LstmGradientFields;

/** The LSTM in the cell-kind registry (kinds.ts). */
export const LSTM = {
  blocks: ['i', 'f', 'g', 'o'],
  forceable: ['i', 'f', 'o'],
  states: ['h', 'c'],
  forgetBlock: 'f',
  torch: 'LSTM',
  trace(T, H, { h, c }): LstmTraceFields {
    const a = stepsOf(['i', 'f', 'g', 'o'], T, H);
    const act = stepsOf(['i', 'f', 'g', 'o'], T, H);
    const tanhCs = series(T, H).at;
    const slots = h.at.map((ht, t) => ({
      a_i: a.i[t], a_f: a.f[t], a_g: a.g[t], a_o: a.o[t],
      i: act.i[t], f: act.f[t], g: act.g[t], o: act.o[t], c: c.at[t], tanhC: tanhCs[t], h: ht,
    })); // prettier-ignore
    return { c0: c.flat.subarray(0, H), cs: c.at, gates: act, pre: a, tanhCs, slots };
  },
  grads(T, H): LstmGradientFields {
    const dpre = seriesOf(['i', 'f', 'g', 'o'], T, H);
    const slots = dpre.i.at.map((_, t) => ({
      da_i: dpre.i.at[t], da_f: dpre.f.at[t], da_g: dpre.g.at[t], da_o: dpre.o.at[t],
    })); // prettier-ignore
    const vec = () => new Float64Array(H);
    const scratch = { di: vec(), df: vec(), dg: vec(), do: vec() };
    return { dcs: series(T, H).at, dc0: vec(), dpre, slots, scratch };
  },
  step(p: LstmParams, tr: Trace, t: number) {
    const hPrev = before(tr.hs, tr.h0, t);
    const cPrev = before(tr.cs, tr.c0, t);
    lstmStep(p, tr.xs[t], hPrev, cPrev, tr.slots[t], tr.forcing[t]);
  },
  stepBackward(
    p: LstmParams,
    tr: Trace,
    g: Grads,
    t: number,
    dh: Float64Array,
    dhPrev: Float64Array,
  ) {
    // dc0 carries ∂L/∂c back from step to step (and ends as ∂L/∂c0); past the last step it is 0
    if (t === tr.T - 1) g.dc0.fill(0);
    const cPrev = before(tr.cs, tr.c0, t);
    lstmStepBackward(p, tr.slots[t], tr.forcing[t], cPrev,
      dh, g.dc0, g.dcs[t], dhPrev, g.dc0, g.slots[t], g.scratch); // prettier-ignore
  },
  paramGrads(p: LstmParams, dp: LstmParams, tr: Trace, g: Grads, dxs: Float64Array[] | null) {
    lstmParamGrads(p, dp, g.dpre, tr.flat.xs, tr.flat.hPrevs, tr, dxs);
  },
} as const satisfies CellSpec;
