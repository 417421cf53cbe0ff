/**
 * The gradient flowing back through time: for the current sequence's loss L (the final step's
 * binary cross-entropy against the ground truth, DESIGN §3), ‖∂L/∂h_t‖₂ at every step — and
 * ‖∂L/∂c_t‖₂ for the LSTM — from the core's BPTT. Where these norms fall by orders of magnitude
 * going back from the last step, an early event can barely change what the model is taught.
 */
import {
  CELL_KINDS,
  finalStepLoss,
  runBackward,
  runForward,
  runOverrides,
  type CellKind,
  type GateOverride,
  type Model,
} from '../core';
import { encodeSequence, jams, type ScanEvent } from '../data';
import type { LabState } from './lab-state';

/** What the flows depend on: the same inputs as the trace (a step change is not among them). */
export type FlowInputs = Pick<LabState, 'models' | 'kind' | 'events' | 'overrides'>;

/** One model's gradient flow over one sequence. */
export interface GradientFlow {
  readonly kind: CellKind;
  /** L = the final step's cross-entropy against y */
  readonly loss: number;
  /** the ground-truth label: 1 when the sequence jams */
  readonly y: 0 | 1;
  /** ‖∂L/∂h_t‖₂ for every step t, through every path (directly and through later steps) */
  readonly dh: Float64Array;
  /** ‖∂L/∂c_t‖₂ for every step t (LSTM); null for cells without a cell state */
  readonly dc: Float64Array | null;
}

/** A kind whose flow the core refused to compute (say, an overflow), with the core's reason. */
export interface GradientFlowError {
  readonly kind: CellKind;
  readonly error: string;
}

const norm = (v: Float64Array): number => Math.hypot(...v);

/** BPTT of the final-step loss of `model` over `events` with `overrides`: the norms per step. */
export function gradientFlow(
  model: Model,
  events: readonly ScanEvent[],
  overrides: readonly GateOverride[],
): GradientFlow {
  const { cell, readout } = model;
  const y = jams(events) ? 1 : 0;
  const trace = runForward(cell, encodeSequence(events), {
    overrides: runOverrides(model, overrides),
  });
  // the loss touches h only at the last step: dhs is (p − y)·w there and zero elsewhere
  const dhs = trace.hs.map(() => new Float64Array(cell.H));
  const dReadout = { w: new Float64Array(cell.H), b: new Float64Array(1) };
  const loss = finalStepLoss(readout, trace.hs, y, dhs, dReadout);
  // the result's dhs are the totals: that direct gradient plus all that flows back from later steps
  const grads = runBackward(cell, trace, dhs);
  const dh = Float64Array.from(grads.dhs, norm);
  // the cell state's, for a kind that carries one
  const dc = 'dcs' in grads ? Float64Array.from(grads.dcs, norm) : null;
  // each gradient is finite (the core checks), but a loss or a norm of many can still overflow
  if (![loss, ...dh, ...(dc ?? [])].every(Number.isFinite))
    throw new Error('the loss or the size of its gradient overflowed (the weights are too large)');
  return { kind: cell.kind, loss, y, dh, dc };
}

/** One entry per loaded model of `kinds`, in that order: its flow, or why the core refused. */
export function flowsOf(
  kinds: readonly CellKind[],
  { models, events, overrides }: Omit<FlowInputs, 'kind'>,
): (GradientFlow | GradientFlowError)[] {
  if (events.length === 0) return [];
  return kinds.flatMap((k): (GradientFlow | GradientFlowError)[] => {
    const model = models[k];
    if (!model) return [];
    try {
      return [gradientFlow(model, events, overrides)];
    } catch (e) {
      return [{ kind: k, error: (e as Error).message }];
    }
  });
}

/** The kinds beside the current one, in the lab's order. */
export const otherKinds = (kind: CellKind): CellKind[] => CELL_KINDS.filter((k) => k !== kind);

/** The current kind's flow, with the store's overrides (a forcing reruns only this one). */
export const currentFlow = ({ kind, ...inputs }: FlowInputs) => flowsOf([kind], inputs);

/** The other kinds' flows, as learned: overrides force one kind's gates. */
export const otherFlows = ({ kind, models, events }: Omit<FlowInputs, 'overrides'>) =>
  flowsOf(otherKinds(kind), { models, events, overrides: [] });

/**
 * The flows of every loaded model, the current kind first (the panel computes the two parts
 * apart, so a forcing does not rerun the others). Empty while there is no sequence. Call it only
 * when its inputs change (BPTT is too much work for every step).
 */
export function gradientFlows(inputs: FlowInputs): (GradientFlow | GradientFlowError)[] {
  return [...currentFlow(inputs), ...otherFlows(inputs)];
}

/** Whether an entry of gradientFlows holds numbers (rather than the core's refusal). */
export const isFlow = (f: GradientFlow | GradientFlowError): f is GradientFlow => !('error' in f);
