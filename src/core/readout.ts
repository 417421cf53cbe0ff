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
  const hT = hs[T - 1];
  const a = logit(r, hT);
  // ∂L/∂a = σ(a) − y for the sigmoid + cross-entropy pair
  const da = sigmoid(a) - y;
  for (let t = 0; t < T - 1; t++) dhs[t].fill(0);
  for (let j = 0; j < hT.length; j++) {
    dhs[T - 1][j] = da * r.w[j];
    dr.w[j] += da * hT[j];
  }
  dr.b[0] += da;
  return bceFromLogit(a, y);
}
