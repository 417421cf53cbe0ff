/**
 * The training engine: minibatch BPTT on the core with Adam (default) or SGD, gradient clipping,
 * held-out evaluation, early stop, divergence rollback. Synchronous and stepped in chunks, so the
 * same engine runs in a Web Worker (which yields between chunks to hear "stop") and in Node.
 * Reproducible: the seed fixes the init and the minibatch order.
 */
import {
  accumulateLossGrad,
  adamStep,
  allocWorkspace,
  clipGradNorm,
  createRng,
  initModel,
  jamRisk,
  modelParams,
  optimizerState,
  forwardInto,
  allocTrace,
  sgdStep,
  workspaceGrads,
  zeroGrads,
  type CellKind,
  type GateOverride,
  type Model,
  type Rng,
  type Trace,
  type Workspace,
} from '../core';

export interface TrainConfig {
  kind: CellKind;
  /** hidden size */
  H: number;
  /** 'adam' (default) or 'sgd' */
  optimizer?: 'adam' | 'sgd';
  /** learning rate; default 0.01 */
  lr?: number;
  /** SGD momentum; default 0 */
  momentum?: number;
  /** sequences per update; default 32 */
  batchSize?: number;
  /** the number of parameter updates to make */
  updates: number;
  /** clip the global gradient norm to this; default 1 (Infinity: no clipping) */
  clip?: number;
  /** evaluate on the held-out set every this many updates; default 100 */
  evalEvery?: number;
  /** stop early once held-out accuracy reaches this (e.g. 0.99); default never */
  targetAccuracy?: number;
  /**
   * a minibatch loss above this counts as divergence, as does any NaN or ±Infinity; default
   * 10 × the first update's loss (10 × ln 2 ≈ 7 nats for a fresh model)
   */
  divergenceLoss?: number;
  /** LSTM forget-gate bias at init (see core initCell); default PyTorch's uniform init */
  forgetBias?: number;
  /**
   * gates forced in training and in use (a removed gate is forced to 1, see variant.ts): no
   * gradient flows into them; default none
   */
  overrides?: GateOverride[];
  /** fixes the init and the minibatch order */
  seed: number;
}

/** Encoded sequences (of any lengths) and their labels (0 or 1). */
export interface Examples {
  xs: Float64Array[][];
  ys: number[];
}

export interface Progress {
  /** updates made */
  step: number;
  updates: number;
  /** mean minibatch loss since the last report */
  loss: number;
  /** held-out accuracy at the last evaluation */
  testAccuracy: number;
  testLoss: number;
  elapsedMs: number;
}

export type TrainStatus = 'running' | 'done' | 'reached target' | 'diverged' | 'cancelled';

export interface Trainer {
  readonly model: Model;
  readonly config: Required<Omit<TrainConfig, 'forgetBias' | 'targetAccuracy' | 'divergenceLoss'>> &
    TrainConfig;
  status: TrainStatus;
  /** why training diverged, when it did */
  reason?: string;
  history: Progress[];
  /** makes up to n more updates (fewer if training ends); returns the status */
  run(n: number): TrainStatus;
  cancel(): void;
}

/** Held-out accuracy (final-step p ≥ 0.5 ⇔ jam) and mean cross-entropy of a model. */
export const evaluate = (
  model: Model,
  data: Examples,
  overrides: GateOverride[] = [],
): { accuracy: number; loss: number } => scorer(model, overrides)(data);

/**
 * evaluate as a function a training run calls again and again: it runs each sequence into a trace
 * kept per sequence length, so scoring allocates nothing after the first pass (a fresh trace per
 * sequence was a quarter of a run's time, in allocation and garbage collection).
 */
export function scorer(model: Model, overrides: GateOverride[] = []) {
  const traces = new Map<number, Trace>();
  const p = new Float64Array(1);
  return (data: Examples): { accuracy: number; loss: number } => {
    const { cell, readout } = model;
    let correct = 0;
    let loss = 0;
    data.xs.forEach((xs, n) => {
      let trace = traces.get(xs.length);
      if (!trace) traces.set(xs.length, (trace = allocTrace(cell.kind, cell.D, cell.H, xs.length)));
      forwardInto(trace, cell, xs, { overrides });
      jamRisk(readout, [trace.hs[xs.length - 1]], p);
      const y = data.ys[n];
      if (p[0] >= 0.5 === (y === 1)) correct += 1;
      loss -= Math.log(Math.max(1e-12, y === 1 ? p[0] : 1 - p[0]));
    });
    return { accuracy: correct / data.xs.length, loss: loss / data.xs.length };
  };
}

function checkExamples(d: Examples, what: string): void {
  if (d.xs.length === 0 || d.xs.length !== d.ys.length) {
    throw new Error(`${what}: need as many labels as sequences, and at least one`);
  }
  if (d.xs.some((x) => x.length === 0))
    throw new Error(`${what}: every sequence needs at least one step`);
}

/** A trainer for the config on train, evaluated on test; call run() to train. */
export function createTrainer(
  cfg: TrainConfig,
  train: Examples,
  test: Examples,
  clock = () => performance.now(),
): Trainer {
  const config = {
    optimizer: 'adam' as const,
    lr: 0.01,
    momentum: 0,
    batchSize: 32,
    clip: 1,
    evalEvery: 100,
    overrides: [],
    ...cfg,
  };
  if (!(config.lr > 0) || !Number.isFinite(config.lr))
    throw new Error(`train: lr must be a positive number, got ${config.lr}`);
  if (!Number.isInteger(config.updates) || config.updates < 1)
    throw new Error('train: updates must be a positive integer');
  checkExamples(train, 'train');
  checkExamples(test, 'test');
  const D = train.xs[0][0].length;
  const rng: Rng = createRng(config.seed);
  const model = initModel(config.kind, D, config.H, rng, { forgetBias: config.forgetBias });
  const params = modelParams(model);
  // one workspace per sequence length, all adding into the first one's gradient buffers
  const first: Workspace = allocWorkspace(model, train.xs[0].length);
  const workspaces = new Map([[first.T, first]]);
  const workspaceFor = (T: number): Workspace => {
    let ws = workspaces.get(T);
    if (!ws) workspaces.set(T, (ws = allocWorkspace(model, T, first)));
    return ws;
  };
  const grads = workspaceGrads(first);
  const { overrides } = config;
  const opt = optimizerState(params);
  // the last weights whose minibatch loss was finite and in bounds, and how many updates made them
  const lastGood = params.map((p) => p.slice());
  let lastGoodStep = 0;
  const t0 = clock();
  let lossSum = 0;
  let lossCount = 0;
  let divergenceLoss = config.divergenceLoss;

  const trainer: Trainer = {
    model,
    config,
    status: 'running',
    history: [],
    run(n) {
      for (let k = 0; k < n && trainer.status === 'running'; k++) update();
      return trainer.status;
    },
    cancel() {
      if (trainer.status === 'running') trainer.status = 'cancelled';
    },
  };

  const score = scorer(model, overrides);
  function report(step: number) {
    const { accuracy, loss } = score(test);
    trainer.history.push({
      step,
      updates: config.updates,
      loss: lossCount ? lossSum / lossCount : NaN,
      testAccuracy: accuracy,
      testLoss: loss,
      elapsedMs: clock() - t0,
    });
    lossSum = 0;
    lossCount = 0;
    if (config.targetAccuracy !== undefined && accuracy >= config.targetAccuracy)
      trainer.status = 'reached target';
  }

  function diverge(reason: string) {
    params.forEach((p, k) => p.set(lastGood[k]));
    trainer.status = 'diverged';
    trainer.reason = `${reason}; restored the weights after update ${lastGoodStep}, the last with a sound loss`;
  }

  function update() {
    const step = opt.t + 1;
    zeroGrads(first);
    let loss = 0;
    try {
      for (let b = 0; b < config.batchSize; b++) {
        const n = rng.int(train.xs.length);
        loss += accumulateLossGrad(
          model,
          workspaceFor(train.xs[n].length),
          train.xs[n],
          train.ys[n],
          { overrides },
        );
      }
    } catch (e) {
      return diverge(`update ${step}: ${(e as Error).message}`);
    }
    for (const g of grads) for (let j = 0; j < g.length; j++) g[j] /= config.batchSize;
    const norm = clipGradNorm(grads, config.clip);
    const meanLoss = loss / config.batchSize;
    if (!Number.isFinite(meanLoss) || !Number.isFinite(norm)) {
      return diverge(
        `update ${step}: the loss or the gradient became ${Number.isFinite(meanLoss) ? norm : meanLoss}`,
      );
    }
    divergenceLoss ??= 10 * meanLoss;
    if (meanLoss > divergenceLoss) {
      return diverge(
        `update ${step}: the loss exploded to ${meanLoss.toPrecision(3)} (limit ${divergenceLoss.toPrecision(3)})`,
      );
    }
    params.forEach((p, k) => lastGood[k].set(p));
    lastGoodStep = step - 1;
    if (config.optimizer === 'sgd')
      sgdStep(params, grads, opt, { lr: config.lr, momentum: config.momentum });
    else adamStep(params, grads, opt, { lr: config.lr });
    if (params.some((p) => !p.every(Number.isFinite)))
      return diverge(`update ${step}: a weight became non-finite`);
    lossSum += meanLoss;
    lossCount += 1;
    if (step % config.evalEvery === 0 || step === config.updates) report(step);
    if (trainer.status === 'running' && step >= config.updates) trainer.status = 'done';
  }

  return trainer;
}
