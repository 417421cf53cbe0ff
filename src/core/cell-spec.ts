/**
 * What a cell kind declares, in one object (its cell file exports it; kinds.ts lists them): its
 * row blocks, forceable gates and carried states, its PyTorch module, its per-step buffers, and
 * its step, step-backward and parameter gradients. The time loop (forward.ts, backward.ts),
 * allocation (trace.ts, gradients.ts), init and state-dict I/O are generic over it.
 */
import type { StepForcing } from './forcing';
import type { GateOverride } from './overrides';
import type { Matrix } from './matrix';
import type { Series } from './series';
import type { StateDictGrads } from './gradients';

/** The states a cell may carry from step to step: h (every cell) and c (the LSTM's cell state). */
export const STATES = { h: 'hidden state', c: 'cell state' } as const;
export type StateName = keyof typeof STATES;
export const STATE_NAMES = Object.keys(STATES) as readonly StateName[];

/**
 * What every trace holds, whatever its kind (trace.ts adds the kind and the cell's own fields).
 *
 * A minibatch's trace (batch.ts) holds B sequences side by side: each per-step vector of length H
 * (or D) below is then B blocks of H (or D) back to back, block b for sequence b. A sequence's own
 * trace has B = 1.
 */
export interface TraceBase {
  readonly D: number;
  readonly H: number;
  /**
   * the steps run: a sequence's length; for a minibatch, its longest sequence's, set at each run
   * (the per-step arrays may hold more steps, for longer batches)
   */
  T: number;
  /** sequences side by side (1: one sequence) */
  readonly B: number;
  /** the inputs x_t [D], copied */
  readonly xs: Float64Array[];
  /** the initial hidden state [H] */
  readonly h0: Float64Array;
  /** h_t [H], the hidden state after step t */
  readonly hs: Float64Array[];
  /** each block's pre-activation at every step, before its σ or tanh (and before any forcing) */
  readonly pre: Readonly<Record<string, Float64Array[]>>;
  /** every carried state (h; c for the LSTM): its initial value first, then its value after each step */
  readonly states: Readonly<Partial<Record<StateName, Series>>>;
  /** the overrides this run applied, as given */
  overrides: readonly GateOverride[];
  /** per step, per forceable gate: the units forced at that step (null: as learned) */
  forcing: StepForcing[];
  /** back-to-back buffers for the kernels: every x_t; every h_{t−1} (h0 first); every h_t */
  readonly flat: {
    readonly xs: Float64Array;
    readonly hPrevs: Float64Array;
    readonly hs: Float64Array;
  };
}

/**
 * What every gradient holds, whatever its kind (gradients.ts adds the kind, dp and the cell's own).
 * A minibatch's per-step vectors are B blocks side by side, as in its trace.
 */
export interface GradientsBase {
  readonly D: number;
  readonly H: number;
  /** the steps it has room for */
  readonly T: number;
  /** sequences side by side (1: one sequence) */
  readonly B: number;
  /** ∂L/∂θ, flat, same order as cell.theta */
  readonly dtheta: Float64Array;
  /** ∂L/∂θ as PyTorch's four tensors */
  readonly params: StateDictGrads;
  /** ∂L/∂x_t */
  readonly dxs: Float64Array[];
  /** ∂L/∂h_t through every path (directly and through later steps): the gradient flowing back */
  readonly dhs: Float64Array[];
  /** ∂L/∂h0 */
  readonly dh0: Float64Array;
}

/** How many steps were run, of how many sequences side by side: what the weight sums run over. */
export type Steps = Pick<TraceBase, 'T' | 'B'>;

/** A cell's named parameter views (W_if, b_hz, …), seen without their names' kind. */
export type AnyParams = Readonly<Record<string, Matrix | Float64Array>>;

/**
 * One cell kind. The generic code sees the methods through these kind-agnostic signatures; each
 * cell file declares them with its own kind's types (method parameters are compared bivariantly),
 * and forward.ts and backward.ts check that cell, trace and gradients share a kind before calling.
 */
export interface CellSpec {
  /** θ's row blocks, in PyTorch's order: block k is rows k·H … (k+1)·H − 1 of each tensor */
  readonly blocks: readonly string[];
  /** the gates a learner may force (candidates are not gates) */
  readonly forceable: readonly string[];
  /** the states carried from step to step, h first */
  readonly states: readonly StateName[];
  /** the block whose input bias InitOptions.forgetBias sets, or null */
  readonly forgetBlock: string | null;
  /** PyTorch's module, torch.nn.<torch>, or null where PyTorch has none */
  readonly torch: string | null;
  /**
   * the cell's own per-step buffers for a T-step trace, over the carried states' series; each
   * per-step vector has H values (B·H for a minibatch of B: the cell need not know which)
   */
  trace(T: number, H: number, states: Readonly<Record<StateName, Series>>): Pick<TraceBase, 'pre'>;
  /** the cell's own per-step gradient buffers for a T-step run (H as in trace) */
  grads(T: number, H: number): object;
  /**
   * step t: reads x_t and the states before it, writes step t's slot and states. Written over the
   * buffers' lengths and through the matrix kernels, the same step runs one sequence or a batch.
   */
  step(p: AnyParams, trace: TraceBase, t: number): void;
  /**
   * Backward through step t, given dh = ∂L/∂h_t through every path: writes the step's
   * pre-activation gradients and dhPrev, this step's share of ∂L/∂h_{t−1}. Called from the
   * last step to the first.
   */
  stepBackward(
    p: AnyParams,
    trace: TraceBase,
    grads: GradientsBase,
    t: number,
    dh: Float64Array,
    dhPrev: Float64Array,
  ): void;
  /**
   * After the sweep: adds ∂L/∂θ into dp as sums over the trace's T steps of its B sequences
   * (outerSumAcc), and unless dxs is null (always null for a batch) writes ∂L/∂x_t.
   */
  paramGrads(
    p: AnyParams,
    dp: AnyParams,
    trace: TraceBase,
    grads: GradientsBase,
    dxs: Float64Array[] | null,
  ): void;
}
