/**
 * The tight reference LSTM: one training step (forward over T steps, final-step cross-entropy,
 * BPTT, Adam) as fused, allocation-free loops over flat Float64Arrays — the speed of light the
 * core's LSTM is measured against. Same equations as src/core/lstm.ts (gate order i, f, g, o):
 *
 *   [a_i a_f a_g a_o] = W_ih·x + b_ih + W_hh·hPrev + b_hh     all four gates' rows in one pass
 *   i, f, o = σ(a_i, a_f, a_o);  g = tanh(a_g)
 *   c = f ⊙ cPrev + i ⊙ g;  h = o ⊙ tanh(c)
 */
import { sigmoid } from '../../src/core';
import { matTVecAdd, matVecAdd, outerSumAdd, swapDh, type TightBase } from './tight-common';

export interface TightLstm extends TightBase {
  readonly kind: 'lstm';
  /** pre-activations, then (in place) activations: i f g o of step t at t·4H */
  readonly acts: Float64Array;
  /** c_t at (t + 1)·H; the first H entries are c0 = 0 */
  readonly cs: Float64Array;
  /** tanh(c_t) at t·H */
  readonly tanhCs: Float64Array;
  /** ∂L/∂a of the four gates of step t at t·4H, kept for the weight gradients after the sweep */
  readonly das: Float64Array;
  /** ∂L/∂c_t flowing back from step t + 1, then (in place) into c_{t−1} */
  readonly dc: Float64Array;
}

/** A tight LSTM on the shared buffers of base (tightBase with 4 gate blocks). */
export function createTightLstm(base: TightBase): TightLstm {
  const { H, T } = base;
  return {
    ...base,
    kind: 'lstm',
    acts: new Float64Array(T * 4 * H),
    cs: new Float64Array((T + 1) * H),
    tanhCs: new Float64Array(T * H),
    das: new Float64Array(T * 4 * H),
    dc: new Float64Array(H),
  };
}

/** Forward over net.xs from h0 = c0 = 0. */
export function lstmForward(net: TightLstm): void {
  const { D, H, T, P, xs, hs, cs, acts, tanhCs } = net;
  const { GH, WIH, WHH, BIH, BHH } = net.at;
  for (let t = 0; t < T; t++) {
    const xo = t * D;
    const hp = t * H; // hPrev and cPrev; h_t and c_t at hp + H
    const ao = t * GH;
    // [a_i a_f a_g a_o] = b_ih + b_hh + W_ih·x + W_hh·hPrev, summed in the core's order
    for (let r = 0; r < GH; r++) acts[ao + r] = P[BIH + r] + P[BHH + r];
    matVecAdd(acts, ao, P, WIH, GH, D, xs, xo);
    matVecAdd(acts, ao, P, WHH, GH, H, hs, hp);
    for (let j = 0; j < H; j++) {
      const i = sigmoid(acts[ao + j]);
      const f = sigmoid(acts[ao + H + j]);
      const g = Math.tanh(acts[ao + 2 * H + j]);
      const o = sigmoid(acts[ao + 3 * H + j]);
      acts[ao + j] = i;
      acts[ao + H + j] = f;
      acts[ao + 2 * H + j] = g;
      acts[ao + 3 * H + j] = o;
      const c = f * cs[hp + j] + i * g;
      const tc = Math.tanh(c);
      cs[hp + H + j] = c;
      tanhCs[t * H + j] = tc;
      hs[hp + H + j] = o * tc;
    }
  }
}

/** BPTT from net.dh = ∂L/∂h_T, adding the parameter gradients into dP. */
export function lstmBackward(net: TightLstm): void {
  const { D, H, T, P, dP, xs, hs, cs, acts, tanhCs, das, dc } = net;
  const { GH, WIH, WHH, BIH, BHH } = net.at;
  dc.fill(0);
  for (let t = T - 1; t >= 0; t--) {
    const { dh, dhPrev } = net;
    const hp = t * H;
    const ao = t * GH;
    for (let j = 0; j < H; j++) {
      const i = acts[ao + j];
      const f = acts[ao + H + j];
      const g = acts[ao + 2 * H + j];
      const o = acts[ao + 3 * H + j];
      const tc = tanhCs[t * H + j];
      // into o through h = o ⊙ tanh(c); into c through tanh, plus the cell path from t + 1
      const dO = dh[j] * tc;
      const dcj = dc[j] + dh[j] * o * (1 - tc * tc);
      // through c = f ⊙ cPrev + i ⊙ g, then through σ / tanh into the pre-activations
      const di = dcj * g;
      const df = dcj * cs[hp + j];
      const dg = dcj * i;
      das[ao + j] = di * i * (1 - i);
      das[ao + H + j] = df * f * (1 - f);
      das[ao + 2 * H + j] = dg * (1 - g * g);
      das[ao + 3 * H + j] = dO * o * (1 - o);
      dc[j] = dcj * f;
    }
    // into hPrev: W_hhᵀ·da
    dhPrev.fill(0);
    matTVecAdd(dhPrev, P, WHH, GH, H, das, ao);
    swapDh(net);
  }
  // the weights and biases, summed over every step at once
  outerSumAdd(dP, WIH, BIH, GH, D, T, das, xs, 0);
  outerSumAdd(dP, WHH, BHH, GH, H, T, das, hs, 0);
}
