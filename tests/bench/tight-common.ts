/**
 * What the tight reference nets share: one flat parameter buffer P = θ ‖ w ‖ b (the cell's θ in
 * PyTorch's layout, then the readout), its gradient dP and Adam's moments in the same layout, the
 * final-step loss, the Adam update, and three register-blocked kernels.
 *
 * A tight net is the benchmark's "speed of light": the same training step as the core (forward,
 * final-step cross-entropy, BPTT, Adam), written as fused, allocation-free loops over flat
 * Float64Arrays with the gates' rows handled together. It exists to be timed against the core, so,
 * unlike the core, it indexes the fused gate matrices by offset (see Offsets).
 *
 * Where it is faster than a plain loop it is by instruction-level parallelism, not by reordering
 * arithmetic: the kernels work out four outputs at once, each with its own accumulator, so four
 * independent add chains keep the FPU busy where one chain waits on each add's latency; and the
 * weight gradients are summed over time after the backward sweep, in a register, instead of
 * being read and written back at every step. Each output sums the same terms in the same order
 * as the core does (as of this writing), so the two agree to the last bit; core.bench.ts checks
 * that they agree to 1e-12. The kernels need D and H to be multiples of 4 (every bench
 * configuration is).
 */
import { bceFromLogit, sigmoid } from '../../src/core';

/** Offsets into P for a cell with G gate blocks (PyTorch's weight_ih, weight_hh, bias_ih, bias_hh). */
export interface Offsets {
  /** G·H, the rows of the fused matrices */
  readonly GH: number;
  /** weight_ih_l0 [G·H, D] */
  readonly WIH: number;
  /** weight_hh_l0 [G·H, H] */
  readonly WHH: number;
  /** bias_ih_l0 [G·H] */
  readonly BIH: number;
  /** bias_hh_l0 [G·H] */
  readonly BHH: number;
  /** readout w [H] */
  readonly W: number;
  /** readout b [1] */
  readonly B: number;
}

export interface TightBase {
  readonly D: number;
  readonly H: number;
  readonly T: number;
  readonly at: Offsets;
  /** θ ‖ w ‖ b */
  readonly P: Float64Array;
  /** ∂L/∂P */
  readonly dP: Float64Array;
  /** Adam's first and second moments */
  readonly m: Float64Array;
  readonly v: Float64Array;
  /** Adam steps taken */
  adamT: number;
  /** the inputs, flat: x_t at t·D */
  readonly xs: Float64Array;
  /** h_t at (t + 1)·H; the first H entries are h0 = 0 */
  readonly hs: Float64Array;
  /** ∂L/∂h for the step being processed, and the share flowing into the step before (swapped) */
  dh: Float64Array;
  dhPrev: Float64Array;
}

/** The shared part of a tight net over a copy of θ, w and b (G gate blocks). */
export function tightBase(
  G: number,
  D: number,
  H: number,
  T: number,
  theta: Float64Array,
  w: Float64Array,
  b: Float64Array,
): TightBase {
  if (D % 4 !== 0 || H % 4 !== 0) {
    throw new Error(`tight: D = ${D} and H = ${H} must be multiples of 4 (4-wide kernels)`);
  }
  const GH = G * H;
  const WIH = 0;
  const WHH = GH * D;
  const BIH = WHH + GH * H;
  const BHH = BIH + GH;
  const W = BHH + GH;
  const B = W + H;
  if (theta.length !== W) throw new Error(`tight: θ has ${theta.length} values, expected ${W}`);
  const P = new Float64Array(B + 1);
  P.set(theta);
  P.set(w, W);
  P[B] = b[0];
  const n = P.length;
  return {
    D,
    H,
    T,
    at: { GH, WIH, WHH, BIH, BHH, W, B },
    P,
    dP: new Float64Array(n),
    m: new Float64Array(n),
    v: new Float64Array(n),
    adamT: 0,
    xs: new Float64Array(T * D),
    hs: new Float64Array((T + 1) * H),
    dh: new Float64Array(H),
    dhPrev: new Float64Array(H),
  };
}

/** Copies the sequence into net.xs (once, before stepping on it). */
export function loadInputs(net: TightBase, xs: readonly ArrayLike<number>[]): void {
  xs.forEach((x, t) => net.xs.set(x, t * net.D));
}

/**
 * The final-step loss: L = BCE(σ(w·h_T + b), y). Returns L, writes ∂L/∂h_T = (p − y)·w into net.dh
 * and adds ∂L/∂w, ∂L/∂b into dP.
 */
export function readoutLossGrad(net: TightBase, y: number): number {
  const { H, T, P, dP, hs, dh } = net;
  const { W, B } = net.at;
  const hT = T * H;
  let a = 0;
  for (let j = 0; j < H; j++) a += P[W + j] * hs[hT + j];
  a += P[B];
  // ∂L/∂a = σ(a) − y for the sigmoid + cross-entropy pair
  const da = sigmoid(a) - y;
  for (let j = 0; j < H; j++) {
    dh[j] = da * P[W + j];
    dP[W + j] += da * hs[hT + j];
  }
  dP[B] += da;
  return bceFromLogit(a, y);
}

/** One Adam step over all of P, in torch.optim.Adam's arithmetic (β1 0.9, β2 0.999, ε 1e-8). */
export function adamUpdate(net: TightBase, lr: number): void {
  const { P, dP, m, v } = net;
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  net.adamT += 1;
  const c1 = 1 - beta1 ** net.adamT;
  const c2 = 1 - beta2 ** net.adamT;
  for (let n = 0; n < P.length; n++) {
    const g = dP[n];
    m[n] = beta1 * m[n] + (1 - beta1) * g;
    v[n] = beta2 * v[n] + (1 - beta2) * g * g;
    P[n] -= (lr * (m[n] / c1)) / (Math.sqrt(v[n] / c2) + eps);
  }
}

/** Swaps dh and dhPrev: the share that flowed into h_{t−1} becomes the gradient of the next step. */
export function swapDh(net: TightBase): void {
  const d = net.dh;
  net.dh = net.dhPrev;
  net.dhPrev = d;
}

/**
 * out[o + r] += Σ_c P[w + r·C + c] · v[vo + c] for rows r < R (R, C multiples of 4): a
 * matrix–vector product added into out, four rows at a time, each row summed over c in order.
 */
export function matVecAdd(
  out: Float64Array,
  o: number,
  P: Float64Array,
  w: number,
  R: number,
  C: number,
  v: Float64Array,
  vo: number,
): void {
  for (let r = 0; r < R; r += 4) {
    let s0 = out[o + r];
    let s1 = out[o + r + 1];
    let s2 = out[o + r + 2];
    let s3 = out[o + r + 3];
    const w0 = w + r * C;
    const w1 = w0 + C;
    const w2 = w1 + C;
    const w3 = w2 + C;
    for (let c = 0; c < C; c++) {
      const x = v[vo + c];
      s0 += P[w0 + c] * x;
      s1 += P[w1 + c] * x;
      s2 += P[w2 + c] * x;
      s3 += P[w3 + c] * x;
    }
    out[o + r] = s0;
    out[o + r + 1] = s1;
    out[o + r + 2] = s2;
    out[o + r + 3] = s3;
  }
}

/**
 * out[c] += Σ_r P[w + r·C + c] · g[go + r] for columns c < C (R, C multiples of 4): the transposed
 * product Wᵀ·g, four columns at a time, each column summed over r in order.
 */
export function matTVecAdd(
  out: Float64Array,
  P: Float64Array,
  w: number,
  R: number,
  C: number,
  g: Float64Array,
  go: number,
): void {
  for (let c = 0; c < C; c += 4) {
    let s0 = out[c];
    let s1 = out[c + 1];
    let s2 = out[c + 2];
    let s3 = out[c + 3];
    for (let r = 0; r < R; r++) {
      const gr = g[go + r];
      const wr = w + r * C + c;
      s0 += P[wr] * gr;
      s1 += P[wr + 1] * gr;
      s2 += P[wr + 2] * gr;
      s3 += P[wr + 3] * gr;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
}

/**
 * dP[w + r·C + c] += Σ_t gs[t·R + r] · vs[vo + t·C + c], over t = 0 … T−1 (the core's order),
 * for r < R, c < C; and, when b ≥ 0, dP[b + r] += Σ_t gs[t·R + r]: a weight gradient (and its
 * bias) summed over time at once, each entry in a register, four columns at a time.
 */
export function outerSumAdd(
  dP: Float64Array,
  w: number,
  b: number,
  R: number,
  C: number,
  T: number,
  gs: Float64Array,
  vs: Float64Array,
  vo: number,
): void {
  for (let r = 0; r < R; r++) {
    const wr = w + r * C;
    for (let c = 0; c < C; c += 4) {
      let s0 = dP[wr + c];
      let s1 = dP[wr + c + 1];
      let s2 = dP[wr + c + 2];
      let s3 = dP[wr + c + 3];
      for (let t = 0; t < T; t++) {
        const g = gs[t * R + r];
        const v = vo + t * C + c;
        s0 += g * vs[v];
        s1 += g * vs[v + 1];
        s2 += g * vs[v + 2];
        s3 += g * vs[v + 3];
      }
      dP[wr + c] = s0;
      dP[wr + c + 1] = s1;
      dP[wr + c + 2] = s2;
      dP[wr + c + 3] = s3;
    }
    if (b >= 0) {
      let s = dP[b + r];
      for (let t = 0; t < T; t++) s += gs[t * R + r];
      dP[b + r] = s;
    }
  }
}
