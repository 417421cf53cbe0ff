/**
 * The tight reference RNN: one training step as fused, allocation-free loops (see tight-common.ts).
 * Same equation as src/core/rnn.ts: h = tanh(W_ih·x + b_ih + W_hh·hPrev + b_hh).
 */
import { matTVecAdd, matVecAdd, outerSumAdd, swapDh, type TightBase } from './tight-common';

export interface TightRnn extends TightBase {
  readonly kind: 'rnn';
  /** ∂L/∂a of step t at t·H, kept for the weight gradients after the sweep */
  readonly das: Float64Array;
}

/** A tight RNN on the shared buffers of base (tightBase with 1 gate block). */
export function createTightRnn(base: TightBase): TightRnn {
  const { H, T } = base;
  return { ...base, kind: 'rnn', das: new Float64Array(T * H) };
}

/** Forward over net.xs from h0 = 0; the pre-activation is built in h_t's slot, then squashed. */
export function rnnForward(net: TightRnn): void {
  const { D, H, T, P, xs, hs } = net;
  const { WIH, WHH, BIH, BHH } = net.at;
  for (let t = 0; t < T; t++) {
    const hp = t * H;
    const ho = hp + H;
    for (let r = 0; r < H; r++) hs[ho + r] = P[BIH + r] + P[BHH + r];
    matVecAdd(hs, ho, P, WIH, H, D, xs, t * D);
    matVecAdd(hs, ho, P, WHH, H, H, hs, hp);
    for (let r = 0; r < H; r++) hs[ho + r] = Math.tanh(hs[ho + r]);
  }
}

/** BPTT from net.dh = ∂L/∂h_T, adding the parameter gradients into dP. */
export function rnnBackward(net: TightRnn): void {
  const { D, H, T, P, dP, xs, hs, das } = net;
  const { WIH, WHH, BIH, BHH } = net.at;
  for (let t = T - 1; t >= 0; t--) {
    const { dh, dhPrev } = net;
    const ho = (t + 1) * H;
    // into a through tanh
    for (let j = 0; j < H; j++) {
      const h = hs[ho + j];
      das[t * H + j] = dh[j] * (1 - h * h);
    }
    // into hPrev: W_hhᵀ·da
    dhPrev.fill(0);
    matTVecAdd(dhPrev, P, WHH, H, H, das, t * H);
    swapDh(net);
  }
  // the weights and biases, summed over every step at once
  outerSumAdd(dP, WIH, BIH, H, D, T, das, xs, 0);
  outerSumAdd(dP, WHH, BHH, H, H, T, das, hs, 0);
}
