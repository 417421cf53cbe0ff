/**
 * The training engine: minibatch BPTT on the core with Adam (default) or SGD, gradient clipping,
 * held-out evaluation, early stop, divergence rollback. Synchronous and stepped in chunks, so the
 * same engine runs in a Web Worker (which yields between chunks to hear "stop") and in Node.
 * Reproducible: the seed fixes the init and the minibatch order. Each minibatch goes through the
 * core's batched path (batch.ts), which gives the numbers of the per-sample path bit for bit.
 */
import {
  accumulateBatchLossGrad,
  adamStep,
  allocBatch,
  batchJamRisk,
  clipGradNorm,
  createRng,
  initModel,
  modelParams,
  optimizerState,
  sgdStep,
  workspaceGrads,
  zeroGrads,
  type BatchWorkspace,
  type CellKind,
  type GateOverride,
  type Model,
  type Rng,
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

/** Sequences per minibatch when evaluate makes its own workspace. */
const EVAL_BATCH = 32;

/** The longest sequence's length. */
const longest = (...sets: Examples[]) =>
  sets.reduce((T, d) => d.xs.reduce((m, xs) => Math.max(m, xs.length), T), 1);

/**
 * Held-out accuracy (final-step p ≥ 0.5 ⇔ jam) and mean cross-entropy of a model, run in
 * minibatches (in ws when given: its B at a time, each no longer than its T).
 */
export function evaluate(
  model: Model,
  data: Examples,
  overrides: GateOverride[] = [],
  ws: BatchWorkspace = allocBatch(
    model,
    Math.max(1, Math.min(EVAL_BATCH, data.xs.length)),
    longest(data),
  ),
): { accuracy: number; loss: number } {
  let correct = 0;
  let loss = 0;
  const ps = new Float64Array(ws.B);
  for (let from = 0; from < data.xs.length; from += ws.B) {
    const chunk = data.xs.slice(from, from + ws.B);
    batchJamRisk(model, ws, chunk, ps, { overrides });
    for (let b = 0; b < chunk.length; b++) {
      const p = ps[b];
      const y = data.ys[from + b];
      if (p >= 0.5 === (y === 1)) correct += 1;
      loss -= Math.log(Math.max(1e-12, y === 1 ? p : 1 - p));
    }
  }
  return { accuracy: correct / data.xs.length, loss: loss / data.xs.length };
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
  // one workspace for every minibatch and every held-out evaluation, as long as the longest sequence
  const ws = allocBatch(model, config.batchSize, longest(train, test));
  const grads = workspaceGrads(ws);
  // the minibatch's sequences and labels, drawn afresh for each update
  const picks: Float64Array[][] = [];
  const labels = new Float64Array(config.batchSize);
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

  function report(step: number) {
    const { accuracy, loss } = evaluate(model, test, overrides, ws);
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
    zeroGrads(ws);
    for (let b = 0; b < config.batchSize; b++) {
      const n = rng.int(train.xs.length);
      picks[b] = train.xs[n];
      labels[b] = train.ys[n];
    }
    let loss: number;
    try {
      loss = accumulateBatchLossGrad(model, ws, picks, labels, { overrides });
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
