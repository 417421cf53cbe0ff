/**
 * One training run as a job: generate the scanner data for the gap, train one kind in short
 * time-boxed chunks, report the curve as it grows, and end with the weights. Pure of the DOM and
 * of Worker, so a Web Worker, an in-process host and a Node test all run this same code; between
 * chunks it awaits `nextTick`, which is where a stop request gets heard.
 */
import { heldGates, modelToFile, type GateName, type Model } from '../core';
import { generateDataset, type Dataset } from '../data';
import { paramsForGap } from './experiment';
import { createTrainer, evaluate, type Progress, type Trainer } from './train';
import { removedOverrides } from './variant';
import {
  JOB_DATA,
  type CurvePoint,
  type EndMessage,
  type EndStatus,
  type StartMessage,
  type WorkerMessage,
} from './train-protocol';

/**
 * How long one chunk of updates may run before yielding, and the least time between reports: 5
 * a second per run, 15 for the three, each a render and a paint on the page's main thread, which
 * on a 2-core machine shares the cores with the three workers.
 */
export const CHUNK_MS = 40;
export const REPORT_MS = 200;
/**
 * Held-out evaluations per run: about CURVE_POINTS curve points, but at least EVAL_MIN updates
 * apart — one evaluation costs about three updates, so short runs would mostly evaluate.
 */
export const CURVE_POINTS = 40;
export const EVAL_MIN = 5;

/** How many updates apart a run of `updates` evaluates on the held-out set. */
export const evalEveryFor = (updates: number): number =>
  Math.max(EVAL_MIN, Math.floor(updates / CURVE_POINTS));

/** A running job: ask it to stop; `done` settles once it has posted its end message. */
export interface TrainingJob {
  stop(): void;
  readonly done: Promise<void>;
}

/** The training and held-out sets for a gap (the seeds are fixed, so every kind sees the same). */
export function jobData(gap: number): { train: Dataset; test: Dataset } {
  const p = paramsForGap(gap);
  return {
    train: generateDataset(p, JOB_DATA.trainSize, JOB_DATA.trainSeed + gap),
    test: generateDataset(p, JOB_DATA.testSize, JOB_DATA.testSeed + gap),
  };
}

/** A trainer's history entry as a curve point. */
export const toPoint = (h: Progress): CurvePoint => ({
  step: h.step,
  loss: h.loss,
  accuracy: h.testAccuracy,
});

function makeTrainer({ kind, removed, settings: s, seed }: StartMessage) {
  const { train, test } = jobData(s.gap);
  const evalEvery = evalEveryFor(s.updates);
  const overrides = removedOverrides({ kind, removed: removed ?? null });
  const cfg = { kind, overrides, H: s.H, lr: s.lr, updates: s.updates, evalEvery, seed };
  return { trainer: createTrainer(cfg, train, test), test };
}

/** Starts training as `start` asks, posting progress and one final end message through `post`. */
export function runTrainingJob(
  start: StartMessage,
  post: (m: WorkerMessage) => void,
  nextTick: () => Promise<void>,
  clock: () => number = () => performance.now(),
): TrainingJob {
  let trainer: Trainer | null = null;
  let stopped = false;
  const done = (async () => {
    await nextTick(); // let the caller hold the job (and maybe stop it) before any work
    let test: Dataset;
    try {
      ({ trainer, test } = makeTrainer(start));
    } catch (e) {
      const reason = (e as Error).message;
      post({ type: 'end', status: 'failed', reason, step: 0, accuracy: NaN, model: null, ms: 0 });
      return;
    }
    if (stopped) trainer.cancel();
    const { step, ms } = await train(trainer, start.settings.updates, post, nextTick, clock);
    post({ ...ending(trainer, test, step, start.removed), ms });
  })();
  return {
    stop() {
      stopped = true;
      trainer?.cancel();
    },
    done,
  };
}

/**
 * Trains in time-boxed chunks until the trainer stops, reporting as it goes: the updates made, and
 * the milliseconds spent making them (the chunks, not the waits between them).
 */
async function train(
  trainer: Trainer,
  updates: number,
  post: (m: WorkerMessage) => void,
  nextTick: () => Promise<void>,
  clock: () => number,
): Promise<{ step: number; ms: number }> {
  let step = 0;
  let ms = 0;
  let sent = 0;
  let lastReport = -Infinity;
  const report = () => {
    const points = trainer.history.slice(sent).map(toPoint);
    sent = trainer.history.length;
    lastReport = clock();
    post({ type: 'progress', step, updates, points });
  };
  while (trainer.status === 'running') {
    const t0 = clock();
    // one update at a time, so a chunk never overruns its time box by more than one update
    while (trainer.status === 'running' && clock() - t0 < CHUNK_MS) {
      if (trainer.run(1) !== 'diverged') step += 1;
    }
    ms += clock() - t0;
    if (trainer.status !== 'running') break;
    if (clock() - lastReport >= REPORT_MS) report();
    await nextTick();
  }
  report();
  return { step, ms };
}

/** The end message: how training ended, and the weights it left with their held-out accuracy. */
function ending(
  trainer: Trainer,
  test: Dataset,
  step: number,
  removed: GateName | undefined,
): Omit<EndMessage, 'ms'> {
  const model: Model = removed ? { ...trainer.model, removed: [removed] } : trainer.model;
  const { accuracy } = evaluate(model, test, heldGates(model));
  const meta = { training: { ...trainer.config }, data: JOB_DATA, heldOutAccuracy: accuracy };
  return {
    type: 'end',
    status: trainer.status as EndStatus,
    reason: trainer.reason,
    step,
    accuracy,
    model: modelToFile(model, meta),
  };
}
