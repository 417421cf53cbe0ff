/**
 * The four contenders for one case, each a training step on the same model and sequence: the
 * core as a trainer uses it, the tight reference loop, and TF.js on its cpu and wasm backends.
 */
import type * as tfjs from '@tensorflow/tfjs';
import {
  accumulateLossGrad,
  adamStep,
  allocWorkspace,
  cloneCell,
  modelParams,
  optimizerState,
  workspaceGrads,
  zeroGrads,
  type Model,
} from '../../src/core';
import { restoreParams, snapshotParams, type BenchCase } from './bench-case';
import { createTfNet, type TfNet } from './tfjs-net';
import { createTight, tightStep } from './tight';
import type { Contender } from './timing';

type TF = typeof tfjs;

/** A private copy of the case's model, so contenders never share parameters. */
export function copyModel(model: Model): Model {
  const { w, b } = model.readout;
  return { cell: cloneCell(model.cell), readout: { w: w.slice(), b: b.slice() } };
}

/** The core: zeroGrads, accumulateLossGrad, adamStep, with a workspace reused across steps. */
export function coreContender(c: BenchCase): Contender {
  const model = copyModel(c.model);
  const ws = allocWorkspace(model, c.T);
  const state = optimizerState(modelParams(model));
  const initial = snapshotParams(model);
  return {
    name: 'core',
    reset: () => restoreParams(model, initial),
    step() {
      zeroGrads(ws);
      accumulateLossGrad(model, ws, c.xs, c.y);
      adamStep(modelParams(model), workspaceGrads(ws), state, { lr: c.lr });
    },
  };
}

/** The tight reference loop (tight-*.ts). */
export function tightContender(c: BenchCase): Contender {
  const net = createTight(c);
  const initial = net.P.slice();
  return {
    name: 'tight',
    reset: () => net.P.set(initial),
    step: () => void tightStep(net, c.y, c.lr),
  };
}

/** TF.js on one backend; its tensors are made on that backend and used only with it selected. */
export async function tfContender(
  tf: TF,
  backend: 'cpu' | 'wasm',
  c: BenchCase,
): Promise<Contender & { dispose(): void }> {
  const enter = async () => {
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend ${backend} failed`);
  };
  await enter();
  const net: TfNet = createTfNet(tf, c);
  return {
    name: `tf-${backend}`,
    enter,
    reset: () => net.reset(),
    step: () => void net.step(),
    dispose: () => net.dispose(),
  };
}
