/**
 * The minibatch benchmark: one training step on B sequences — zeroGrads, loss and gradients of
 * every sequence, Adam — through the core's per-sample path (accumulateLossGrad on each sequence
 * in turn, as the trainer did before #16) and through its batched path (accumulateBatchLossGrad,
 * as the trainer does now), on the same model and sequences.
 */
import {
  accumulateBatchLossGrad,
  accumulateLossGrad,
  adamStep,
  allocBatch,
  allocWorkspace,
  createRng,
  initModel,
  modelParams,
  optimizerState,
  workspaceGrads,
  zeroGrads,
  type CellKind,
  type Model,
  type Workspace,
} from '../../src/core';
import { relError } from '../core/helpers';
import { restoreParams, snapshotParams } from './bench-case';
import { copyModel } from './contenders';
import type { Contender } from './timing';

export interface BatchCase {
  readonly kind: CellKind;
  readonly D: number;
  readonly H: number;
  /** the longest sequence; the others are 0 to 8 steps shorter, as the scanner data at one gap */
  readonly T: number;
  readonly B: number;
  readonly model: Model;
  readonly xss: Float64Array[][];
  readonly ys: Float64Array;
  readonly lr: number;
}

/** Steps of length spread below T: the lengths of the scanner data at one gap run over 9 values. */
export const LENGTH_SPREAD = 8;

/** PyTorch's default init; B standard-normal sequences of T − 8 … T steps, labels alternating. */
export function makeBatchCase(
  kind: CellKind,
  D: number,
  H: number,
  T: number,
  B: number,
  seed = 1,
): BatchCase {
  const rng = createRng(seed);
  const model = initModel(kind, D, H, rng);
  const xss = Array.from({ length: B }, (_, b) => {
    const length = b === 0 ? T : T - rng.int(LENGTH_SPREAD + 1);
    return Array.from({ length }, () => Float64Array.from({ length: D }, () => rng.normal()));
  });
  const ys = Float64Array.from({ length: B }, (_, b) => b % 2);
  return { kind, D, H, T, B, model, xss, ys, lr: 1e-3 };
}

/** The per-sample path's loss and gradients: one workspace per length, one shared gradient. */
function perSampleStep(model: Model, workspaces: Map<number, Workspace>, c: BatchCase): number {
  const first = workspaces.get(c.T)!;
  zeroGrads(first);
  let loss = 0;
  c.xss.forEach((xs, b) => {
    let ws = workspaces.get(xs.length);
    if (!ws) workspaces.set(xs.length, (ws = allocWorkspace(model, xs.length, first)));
    loss += accumulateLossGrad(model, ws, xs, c.ys[b]);
  });
  return loss;
}

/** A training step on the case's B sequences, one sequence at a time. */
export function perSampleContender(c: BatchCase): Contender {
  const model = copyModel(c.model);
  const workspaces = new Map([[c.T, allocWorkspace(model, c.T)]]);
  const state = optimizerState(modelParams(model));
  const initial = snapshotParams(model);
  const grads = workspaceGrads(workspaces.get(c.T)!);
  return {
    name: 'per-sample',
    reset: () => restoreParams(model, initial),
    step() {
      perSampleStep(model, workspaces, c);
      adamStep(modelParams(model), grads, state, { lr: c.lr });
    },
  };
}

/** The same step, the B sequences together. */
export function batchedContender(c: BatchCase): Contender {
  const model = copyModel(c.model);
  const ws = allocBatch(model, c.B, c.T);
  const state = optimizerState(modelParams(model));
  const initial = snapshotParams(model);
  const grads = workspaceGrads(ws);
  return {
    name: 'batched',
    reset: () => restoreParams(model, initial),
    step() {
      zeroGrads(ws);
      accumulateBatchLossGrad(model, ws, c.xss, c.ys);
      adamStep(modelParams(model), grads, state, { lr: c.lr });
    },
  };
}

/**
 * Both paths from the same start, three training steps: the worst normwise relative error of the
 * losses, the gradients and the parameters after each Adam update (0 when they agree bit for bit).
 */
export function batchedVsPerSample(c: BatchCase): number {
  const [a, b] = [copyModel(c.model), copyModel(c.model)];
  const workspaces = new Map([[c.T, allocWorkspace(a, c.T)]]);
  const ws = allocBatch(b, c.B, c.T);
  const [sa, sb] = [optimizerState(modelParams(a)), optimizerState(modelParams(b))];
  const flat = (parts: readonly Float64Array[]) => Float64Array.from(parts.flatMap((p) => [...p]));
  let worst = 0;
  for (let step = 0; step < 3; step++) {
    const la = perSampleStep(a, workspaces, c);
    zeroGrads(ws);
    const lb = accumulateBatchLossGrad(b, ws, c.xss, c.ys);
    const ga = workspaceGrads(workspaces.get(c.T)!);
    worst = Math.max(worst, relError([la], [lb]), relError(flat(ga), flat(workspaceGrads(ws))));
    adamStep(modelParams(a), ga, sa, { lr: c.lr });
    adamStep(modelParams(b), workspaceGrads(ws), sb, { lr: c.lr });
    worst = Math.max(worst, relError(flat(modelParams(a)), flat(modelParams(b))));
  }
  return worst;
}
