/**
 * The readout: a jam probability at every step, p_t = σ(w·h_t + b), and the binary cross-entropy
 * of the final step, L = −[y·log p_{T−1} + (1 − y)·log(1 − p_{T−1})].
 */
import { sigmoid } from './activations';
import { dot } from './matrix';
import type { Rng } from './rng';

/** w [H] and b [1]: a logistic read of the hidden state (torch.nn.Linear(H, 1) + sigmoid). */
export interface Readout {
  readonly w: Float64Array;
  readonly b: Float64Array;
}

/** PyTorch's nn.Linear init: w and b from U(−1/√H, 1/√H). */
export function initReadout(H: number, rng: Rng): Readout {
  const k = 1 / Math.sqrt(H);
  const w = Float64Array.from({ length: H }, () => rng.uniform(-k, k));
  return { w, b: Float64Array.of(rng.uniform(-k, k)) };
}

/** The logit w·h + b. */
export function logit(r: Readout, h: ArrayLike<number>): number {
  return dot(r.w, h) + r.b[0];
}

/** p_t = σ(w·h_t + b) for every step, into ps (allocated when omitted). */
export function jamRisk(
  r: Readout,
  hs: ArrayLike<number>[],
  ps = new Float64Array(hs.length),
): Float64Array {
  for (let t = 0; t < hs.length; t++) ps[t] = sigmoid(logit(r, hs[t]));
  return ps;
}

/**
 * Binary cross-entropy of probability σ(a) against label y ∈ {0, 1}, from the logit a so it stays
 * finite: L = max(a, 0) − a·y + log(1 + e^(−|a|)).
 */
export function bceFromLogit(a: number, y: number): number {
  return Math.max(a, 0) - a * y + Math.log1p(Math.exp(-Math.abs(a)));
}

/**
 * The final-step loss and its gradients: returns L; writes ∂L/∂h_t into dhs (zero except the last
 * step, where it is (p − y)·w) and adds ∂L/∂w, ∂L/∂b into dr.
 */
export function finalStepLoss(
  r: Readout,
  hs: Float64Array[],
  y: number,
  dhs: Float64Array[],
  dr: Readout,
): number {
  const T = hs.length;
  for (let t = 0; t < T - 1; t++) dhs[t].fill(0);
  return lastStepLoss(r, hs[T - 1], 0, y, dhs[T - 1], dr);
}

/**
 * The loss at a sequence's last step h_T, and its gradients: returns L; writes ∂L/∂h_T = (p − y)·w
 * into dhT and adds ∂L/∂w, ∂L/∂b into dr. In a minibatch, the sequence is block b of the step's
 * vectors hT and dhT (b = 0 for one sequence).
 */
export function lastStepLoss(
  r: Readout,
  hT: Float64Array,
  b: number,
  y: number,
  dhT: Float64Array,
  dr: Readout,
): number {
  const H = r.w.length;
  const o = b * H;
  const a = dot(r.w, hT, o) + r.b[0];
  // ∂L/∂a = σ(a) − y for the sigmoid + cross-entropy pair
  const da = sigmoid(a) - y;
  for (let j = 0; j < H; j++) {
    dhT[o + j] = da * r.w[j];
    dr.w[j] += da * hT[o + j];
  }
  dr.b[0] += da;
  return bceFromLogit(a, y);
}

/** The jam risk σ(w·h_T + b) of block b of a minibatch's step vector hT (b = 0: one sequence). */
export function lastStepRisk(r: Readout, hT: Float64Array, b: number): number {
  return sigmoid(dot(r.w, hT, b * r.w.length) + r.b[0]);
}
