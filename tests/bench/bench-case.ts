/** One benchmark configuration: a seeded model, one input sequence and its label. */
import {
  BLOCKS,
  createRng,
  initModel,
  modelParams,
  type CellKind,
  type Model,
} from '../../src/core';

export interface BenchCase {
  readonly kind: CellKind;
  readonly D: number;
  readonly H: number;
  readonly T: number;
  /** the initial model; contenders copy its parameters and never change it */
  readonly model: Model;
  /** the sequence every step trains on, x_t [D] */
  readonly xs: Float64Array[];
  /** its label */
  readonly y: number;
  /** Adam's learning rate */
  readonly lr: number;
}

/** A case with PyTorch's default init and standard-normal inputs, all drawn from the seed. */
export function makeCase(kind: CellKind, D: number, H: number, T: number, seed = 1): BenchCase {
  const rng = createRng(seed);
  const model = initModel(kind, D, H, rng);
  const xs = Array.from({ length: T }, () => Float64Array.from({ length: D }, () => rng.normal()));
  return { kind, D, H, T, model, xs, y: 1, lr: 1e-3 };
}

/** A snapshot of a model's parameters (θ, w, b), to restore with restoreParams. */
export function snapshotParams(model: Model): Float64Array[] {
  return modelParams(model).map((p) => p.slice());
}

/** Copies a snapshot back into the model's parameters. */
export function restoreParams(model: Model, snapshot: readonly Float64Array[]): void {
  modelParams(model).forEach((p, k) => p.set(snapshot[k]));
}

/**
 * Multiply–adds of one training step, ×2 for FLOPs: per step, forward W·[x; h] for G·H rows, and
 * backward dW += da·[x; h]ᵀ plus W_hhᵀ·da. Element-wise work is left out (small next to these).
 */
export function stepFlops(kind: CellKind, D: number, H: number, T: number): number {
  const G = BLOCKS[kind].length;
  const GH = G * H;
  return 2 * T * (GH * (D + H) * 2 + GH * H);
}
