/**
 * The same model trained by TF.js: the cell from tests/reference/tfjs-cells.ts (tfForward), the
 * readout p = σ(w·h_T + b), the final-step cross-entropy, TF.js's autodiff and tf.train.adam.
 * Every tensor lives on the backend that was current when the net was made; select that backend
 * (tf.setBackend) before using the net, or TF.js moves the data across.
 */
import type * as tfjs from '@tensorflow/tfjs';
import { cellToStateDict } from '../../src/core';
import { tfForward, type TfParams } from '../reference/tfjs-cells';
import type { BenchCase } from './bench-case';

type TF = typeof tfjs;

export interface TfNet {
  /** one training step (loss, gradients, Adam); returns the loss */
  step(): number;
  /** the loss and its gradients at the current parameters, flat in the core's order θ, w, b */
  lossAndGrads(): { loss: number; grads: Float64Array[] };
  /** puts the initial parameters back (Adam's moments carry on) */
  reset(): void;
  dispose(): void;
}

/** A TF.js net with the case's initial parameters, on the current backend. */
export function createTfNet(tf: TF, c: BenchCase): TfNet {
  const { kind, H, T } = c;
  const sd = cellToStateDict(c.model.cell);
  const { w, b } = c.model.readout;
  const init = {
    weight_ih_l0: tf.tensor2d(sd.weight_ih_l0),
    weight_hh_l0: tf.tensor2d(sd.weight_hh_l0),
    bias_ih_l0: tf.tensor2d([sd.bias_ih_l0]),
    bias_hh_l0: tf.tensor2d([sd.bias_hh_l0]),
    w: tf.tensor2d([Array.from(w)]), // [1, H]
    b: tf.tensor2d([[b[0]]]), // [1, 1]
  };
  const vars = {
    weight_ih_l0: tf.variable(init.weight_ih_l0),
    weight_hh_l0: tf.variable(init.weight_hh_l0),
    bias_ih_l0: tf.variable(init.bias_ih_l0),
    bias_hh_l0: tf.variable(init.bias_hh_l0),
    w: tf.variable(init.w),
    b: tf.variable(init.b),
  };
  const varList = Object.values(vars);
  const cellParams: TfParams = vars;
  const xs = tf.tensor2d(c.xs.map((x) => Array.from(x)));
  const h0 = tf.zeros([1, H]) as tfjs.Tensor2D;
  const c0 = kind === 'lstm' ? h0 : null;
  const y = tf.scalar(c.y);
  const optimizer = tf.train.adam(c.lr, 0.9, 0.999, 1e-8);

  // L = max(a, 0) − a·y + log(1 + e^(−|a|)) with a = w·h_T + b: the core's bceFromLogit
  const loss = (): tfjs.Scalar => {
    const { hs } = tfForward(tf, kind, cellParams, xs, h0, c0);
    const a = tf.add(tf.matMul(hs[T - 1], vars.w, false, true), vars.b);
    const bce = tf.add(tf.sub(tf.relu(a), tf.mul(a, y)), tf.log1p(tf.exp(tf.neg(tf.abs(a)))));
    return tf.sum(bce);
  };

  return {
    step() {
      const cost = optimizer.minimize(loss, true, varList);
      if (cost === null) throw new Error('tfjs: minimize returned no cost');
      const L = cost.dataSync()[0];
      cost.dispose();
      return L;
    },
    lossAndGrads() {
      const { value, grads } = tf.variableGrads(loss, varList);
      const flat = (name: keyof typeof vars) =>
        Float64Array.from(grads[vars[name].name].dataSync());
      const theta = [
        ...flat('weight_ih_l0'),
        ...flat('weight_hh_l0'),
        ...flat('bias_ih_l0'),
        ...flat('bias_hh_l0'),
      ];
      const out = {
        loss: value.dataSync()[0],
        grads: [Float64Array.from(theta), flat('w'), flat('b')],
      };
      tf.dispose([value, ...Object.values(grads)]);
      return out;
    },
    reset() {
      for (const [name, v] of Object.entries(vars)) v.assign(init[name as keyof typeof init]);
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([...varList, ...Object.values(init), xs, h0, y]);
    },
  };
}
