/**
 * Before timing anything: the contenders must compute the same training step, or the timings
 * compare different work. The tight loop must match the core to ~1e-12 (both are float64, with
 * sums in the same order); TF.js computes in float32, so it must match to float32's precision.
 */
import type * as tfjs from '@tensorflow/tfjs';
import {
  accumulateLossGrad,
  adamStep,
  allocWorkspace,
  modelParams,
  optimizerState,
  workspaceGrads,
  zeroGrads,
} from '../../src/core';
import { relError } from '../core/helpers';
import type { BenchCase } from './bench-case';
import { copyModel } from './contenders';
import { createTfNet } from './tfjs-net';
import { createTight, tightLossGrad } from './tight';
import { adamUpdate } from './tight-common';

export { relError };

type TF = typeof tfjs;

const flat = (parts: readonly Float64Array[]) => Float64Array.from(parts.flatMap((p) => [...p]));

/**
 * Three training steps of the core and of the tight loop from the same start: compares each
 * step's loss and gradients and the parameters after each Adam update. Returns the worst
 * relative error.
 */
export function tightVsCore(c: BenchCase): number {
  const model = copyModel(c.model);
  const ws = allocWorkspace(model, c.T);
  const state = optimizerState(modelParams(model));
  const net = createTight(c);
  let worst = 0;
  for (let step = 0; step < 3; step++) {
    zeroGrads(ws);
    const loss = accumulateLossGrad(model, ws, c.xs, c.y);
    const tightLoss = tightLossGrad(net, c.y);
    worst = Math.max(worst, relError([loss], [tightLoss]));
    worst = Math.max(worst, relError(flat(workspaceGrads(ws)), net.dP));
    adamStep(modelParams(model), workspaceGrads(ws), state, { lr: c.lr });
    adamUpdate(net, c.lr);
    worst = Math.max(worst, relError(flat(modelParams(model)), net.P));
  }
  return worst;
}

/** TF.js's loss and gradients at the case's initial parameters against the core's (current backend). */
export function tfVsCore(tf: TF, c: BenchCase): { loss: number; grads: number } {
  const model = copyModel(c.model);
  const ws = allocWorkspace(model, c.T);
  zeroGrads(ws);
  const loss = accumulateLossGrad(model, ws, c.xs, c.y);
  const net = createTfNet(tf, c);
  try {
    const tfOut = net.lossAndGrads();
    const grads = relError(flat(workspaceGrads(ws)), flat(tfOut.grads));
    return { loss: relError([loss], [tfOut.loss]), grads };
  } finally {
    net.dispose();
  }
}
