/**
 * The messages between the lab and a training worker. Everything is plain JSON (structured-clone
 * safe), so the same messages pass through a Worker, an in-process host, or a test.
 */
import type { CellKind, GateName, ModelFile } from '../core';

/** What a learner sets before training: the task's difficulty and the training budget. */
export interface TrainSettings {
  /** steps between the wobble and the drift in every generated sequence */
  gap: number;
  /** hidden size */
  H: number;
  /** Adam's learning rate */
  lr: number;
  /** the number of parameter updates (minibatches of 32) */
  updates: number;
}

/**
 * The data every run trains and is scored on: this many generated sequences from these seeds (plus
 * the gap), so all three kinds see the same sequences.
 */
export const JOB_DATA = {
  trainSize: 1000,
  testSize: 300,
  trainSeed: 5001,
  testSeed: 5002,
} as const;

/** One point of a run's curves, made at each held-out evaluation. */
export interface CurvePoint {
  /** updates made */
  step: number;
  /** mean training minibatch loss (cross-entropy, nats) since the previous point */
  loss: number;
  /** held-out accuracy at this step, in [0, 1] */
  accuracy: number;
}

/**
 * How a run ended: all updates made, stopped by divergence (rolled back), stopped by the learner,
 * or never started (settings the trainer refused).
 */
export type EndStatus = 'done' | 'diverged' | 'cancelled' | 'failed';

/** Main → worker: train one kind. */
export interface StartMessage {
  type: 'start';
  kind: CellKind;
  /** the gate the design lacks, held at 1 in training and in use (see sim/variant.ts); default none */
  removed?: GateName;
  settings: TrainSettings;
  /** fixes the init and the minibatch order */
  seed: number;
}

/** Main → worker: stop after the current update. */
export interface StopMessage {
  type: 'stop';
}

export type HostMessage = StartMessage | StopMessage;

/** Worker → main: updates made so far and the curve points made since the last message. */
export interface ProgressMessage {
  type: 'progress';
  step: number;
  updates: number;
  points: CurvePoint[];
}

/** Worker → main, last: how it ended and the weights (rolled back after a divergence). */
export interface EndMessage {
  type: 'end';
  status: EndStatus;
  /** why it diverged, or why it could not start */
  reason?: string;
  /** updates made (a diverging update is not counted) */
  step: number;
  /** held-out accuracy of the weights sent (NaN when there are none) */
  accuracy: number;
  /** the trained weights as a model file; null only when the run failed to start */
  model: ModelFile | null;
  /** milliseconds spent on the updates (and the held-out checks among them), waits left out */
  ms: number;
}

export type WorkerMessage = ProgressMessage | EndMessage;
