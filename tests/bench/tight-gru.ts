/**
 * The tight reference GRU: one training step as fused, allocation-free loops (see tight-common.ts).
 * Same equations as src/core/gru.ts (gate order r, z, n; reset applied after the product):
 *
 *   [a_r a_z] = W_i{r,z}·x + b_i{r,z} + W_h{r,z}·hPrev + b_h{r,z}
 *   hn = W_hn·hPrev + b_hn;  a_n = W_in·x + b_in + r ⊙ hn
 *   r, z = σ(a_r, a_z);  n = tanh(a_n);  h = (1 − z) ⊙ n + z ⊙ hPrev
 */
import { sigmoid } from '../../src/core';
import { matTVecAdd, matVecAdd, outerSumAdd, swapDh, type TightBase } from './tight-common';

export interface TightGru extends TightBase {
  readonly kind: 'gru';
  /** r z n of step t at t·3H (pre-activations first, then activations in place) */
  readonly acts: Float64Array;
  /** hn = W_hn·hPrev + b_hn of step t at t·H */
  readonly hns: Float64Array;
  /** ∂L/∂ of step t's input-side rows [a_r a_z a_n] and recurrent-side rows [a_r a_z hn], at t·3H */
  readonly dgis: Float64Array;
  readonly dghs: Float64Array;
}

/** A tight GRU on the shared buffers of base (tightBase with 3 gate blocks). */
export function createTightGru(base: TightBase): TightGru {
  const { H, T } = base;
  return {
    ...base,
    kind: 'gru',
    acts: new Float64Array(T * 3 * H),
    hns: new Float64Array(T * H),
    dgis: new Float64Array(T * 3 * H),
    dghs: new Float64Array(T * 3 * H),
  };
}

/** Forward over net.xs from h0 = 0. */
export function gruForward(net: TightGru): void {
  const { D, H, T, P, xs, hs, acts, hns } = net;
  const { GH, WIH, WHH, BIH, BHH } = net.at;
  const H2 = 2 * H;
  for (let t = 0; t < T; t++) {
    const xo = t * D;
    const hp = t * H;
    const ao = t * GH;
    // r, z: b_i + b_h + W_i·x + W_h·hPrev in one sum; n: b_in + W_in·x, and hn = b_hn + W_hn·hPrev
    // apart, for the reset gate — each summed in the core's order
    for (let r = 0; r < H2; r++) acts[ao + r] = P[BIH + r] + P[BHH + r];
    for (let r = H2; r < GH; r++) acts[ao + r] = P[BIH + r];
    for (let j = 0; j < H; j++) hns[hp + j] = P[BHH + H2 + j];
    matVecAdd(acts, ao, P, WIH, GH, D, xs, xo);
    matVecAdd(acts, ao, P, WHH, H2, H, hs, hp);
    matVecAdd(hns, hp, P, WHH + H2 * H, H, H, hs, hp);
    for (let j = 0; j < H; j++) {
      const r = sigmoid(acts[ao + j]);
      const z = sigmoid(acts[ao + H + j]);
      const n = Math.tanh(acts[ao + H2 + j] + r * hns[hp + j]);
      acts[ao + j] = r;
      acts[ao + H + j] = z;
      acts[ao + H2 + j] = n;
      hs[hp + H + j] = (1 - z) * n + z * hs[hp + j];
    }
  }
}

/** BPTT from net.dh = ∂L/∂h_T, adding the parameter gradients into dP. */
export function gruBackward(net: TightGru): void {
  const { D, H, T, P, dP, xs, hs, acts, hns, dgis, dghs } = net;
  const { GH, WIH, WHH, BIH, BHH } = net.at;
  const H2 = 2 * H;
  for (let t = T - 1; t >= 0; t--) {
    const { dh, dhPrev } = net;
    const hp = t * H;
    const ao = t * GH;
    for (let j = 0; j < H; j++) {
      const r = acts[ao + j];
      const z = acts[ao + H + j];
      const n = acts[ao + H2 + j];
      // through h = (1 − z) ⊙ n + z ⊙ hPrev into n, z and (directly) the old state
      const dn = dh[j] * (1 - z);
      const dz = dh[j] * (hs[hp + j] - n);
      dhPrev[j] = dh[j] * z;
      // through tanh into a_n, then through r ⊙ hn into r and hn, then through σ
      const da_n = dn * (1 - n * n);
      const dr = da_n * hns[hp + j];
      const da_r = dr * r * (1 - r);
      const da_z = dz * z * (1 - z);
      dgis[ao + j] = da_r;
      dghs[ao + j] = da_r;
      dgis[ao + H + j] = da_z;
      dghs[ao + H + j] = da_z;
      dgis[ao + H2 + j] = da_n;
      dghs[ao + H2 + j] = da_n * r;
    }
    // into hPrev: the direct share above plus W_hhᵀ·[da_r da_z dhn]
    matTVecAdd(dhPrev, P, WHH, GH, H, dghs, ao);
    swapDh(net);
  }
  // the weights and biases, summed over every step at once
  outerSumAdd(dP, WIH, BIH, GH, D, T, dgis, xs, 0);
  outerSumAdd(dP, WHH, BHH, GH, H, T, dghs, hs, 0);
}
