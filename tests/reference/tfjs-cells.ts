/**
 * An independent reference: RNN, LSTM, GRU and MGU built from TF.js ops in PyTorch's conventions, to be
 * differentiated by TF.js's own autodiff. It shares no code with src/core (types aside).
 *
 * Why not TF.js's layers: tf.layers.gru applies the reset gate before the recurrent product
 * (W_hn·(r ⊙ h), Keras's default) where PyTorch applies it after (r ⊙ (W_hn·h + b_hn)), and the
 * layers default to hard sigmoid. So the cells here are written from ops: σ = tf.sigmoid.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { CellKind, GateName, GateOverride } from '../../src/core';

type TF = typeof tfjs;
type T2 = tfjs.Tensor2D;

/** PyTorch's four tensors: weights [G·H, D] and [G·H, H], biases [1, G·H] (row, to broadcast). */
export interface TfParams {
  weight_ih_l0: T2;
  weight_hh_l0: T2;
  bias_ih_l0: T2;
  bias_hh_l0: T2;
}

/** Per gate, per step: a boolean mask [1, H] and values [1, H]; absent gates run as learned. */
export type TfForcing = Partial<Record<GateName, { mask: tfjs.Tensor2D; value: tfjs.Tensor2D }[]>>;

/** Lays overrides out per step as masks and values (later overrides win), as constant tensors. */
export function tfForcing(tf: TF, overrides: GateOverride[], T: number, H: number): TfForcing {
  const plain: Partial<Record<GateName, { mask: boolean[]; value: number[] }[]>> = {};
  for (const o of overrides) {
    const steps = (plain[o.gate] ??= Array.from({ length: T }, () => ({
      mask: new Array<boolean>(H).fill(false),
      value: new Array<number>(H).fill(0),
    })));
    for (let t = o.from ?? 0; t <= Math.min(o.to ?? T - 1, T - 1); t++) {
      for (const j of o.units ?? [...Array(H).keys()]) {
        steps[t].mask[j] = true;
        steps[t].value[j] = o.value;
      }
    }
  }
  const out: TfForcing = {};
  for (const [gate, steps] of Object.entries(plain) as [
    GateName,
    { mask: boolean[]; value: number[] }[],
  ][]) {
    out[gate] = steps.map((s) => ({
      mask: tf.tensor2d([s.mask], [1, H], 'bool'),
      value: tf.tensor2d([s.value], [1, H]),
    }));
  }
  return out;
}

/**
 * One step's ops: the input and recurrent affine maps gi, gh [1, G·H] in, the new states out.
 * rec(v) = v·W_hhᵀ + b_hh [1, G·H] is the recurrent map of another vector (the MGU's f ⊙ h).
 */
type Force = (gate: GateName, act: T2) => T2;
type StepOps = (
  tf: TF,
  gi: T2,
  gh: T2,
  h: T2,
  c: T2 | null,
  force: Force,
  rec: (v: T2) => T2,
) => { h: T2; c: T2 | null };

/** Every kind's step (a Record over CellKind: a kind without a reference does not compile). */
const STEPS: Record<CellKind, StepOps> = {
  rnn: (tf, gi, gh) => ({ h: tf.tanh(tf.add(gi, gh)), c: null }),
  lstm: (tf, gi, gh, _h, cPrev, force) => {
    const a = tf.split(tf.add(gi, gh), 4, 1) as T2[]; // i, f, g, o
    const i = force('i', tf.sigmoid(a[0]));
    const f = force('f', tf.sigmoid(a[1]));
    const g = tf.tanh(a[2]);
    const o = force('o', tf.sigmoid(a[3]));
    const c = tf.add(tf.mul(f, cPrev as T2), tf.mul(i, g)) as T2;
    return { h: tf.mul(o, tf.tanh(c)) as T2, c };
  },
  gru: (tf, gi, gh, h, _c, force) => {
    const [ir, iz, inn] = tf.split(gi, 3, 1) as T2[]; // r, z, n
    const [hr, hz, hn] = tf.split(gh, 3, 1) as T2[];
    const r = force('r', tf.sigmoid(tf.add(ir, hr)));
    const z = force('z', tf.sigmoid(tf.add(iz, hz)));
    const n = tf.tanh(tf.add(inn, tf.mul(r, hn)));
    return { h: tf.add(tf.mul(tf.sub(1, z), n), tf.mul(z, h)) as T2, c: null };
  },
  mgu: (tf, gi, gh, h, _c, force, rec) => {
    const [iF, inn] = tf.split(gi, 2, 1) as T2[]; // f, n
    const [hf] = tf.split(gh, 2, 1) as T2[];
    const f = force('f', tf.sigmoid(tf.add(iF, hf)));
    // the gate scales the past before the recurrent product: W_hn·(f ⊙ h) + b_hn
    const [, hn] = tf.split(rec(tf.mul(f, h) as T2), 2, 1) as T2[];
    const n = tf.tanh(tf.add(inn, hn));
    return { h: tf.add(tf.mul(tf.sub(1, f), h), tf.mul(f, n)) as T2, c: null };
  },
};

/** Runs the cell over xs [T, D] from h0 (and c0) [1, H]; returns h_t and (with a cell state) c_t. */
export function tfForward(
  tf: TF,
  kind: CellKind,
  p: TfParams,
  xs: T2,
  h0: T2,
  c0: T2 | null,
  forcing: TfForcing = {},
): { hs: T2[]; cs: T2[] } {
  const [T] = xs.shape;
  const WihT = p.weight_ih_l0.transpose();
  const WhhT = p.weight_hh_l0.transpose();
  const hs: T2[] = [];
  const cs: T2[] = [];
  let h = h0;
  let c = c0;
  for (let t = 0; t < T; t++) {
    const force: Force = (gate, act) => {
      const f = forcing[gate]?.[t];
      return f ? (tf.where(f.mask, f.value, act) as T2) : act;
    };
    const x = xs.slice([t, 0], [1, -1]);
    const gi = tf.add(tf.matMul(x, WihT), p.bias_ih_l0) as T2; // [1, G·H]
    const rec = (v: T2) => tf.add(tf.matMul(v, WhhT), p.bias_hh_l0) as T2;
    const gh = rec(h);
    ({ h, c } = STEPS[kind](tf, gi, gh, h, c, force, rec));
    hs.push(h);
    if (c) cs.push(c);
  }
  return { hs, cs };
}
