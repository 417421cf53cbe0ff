/** The derived part of the lab state: the core's trace and jam-risk line for the inputs. */
import { jamRisk, runForward, runOverrides, type GateOverride } from '../core';
import { encodeSequence, type ScanEvent } from '../data';
import type { DerivedSlice, TraceInputs } from './lab-state';

/** Whether two sequences hold the same readings in the same order. */
export const sameEvents = (a: readonly ScanEvent[], b: readonly ScanEvent[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((e, t) => e.kind === b[t].kind && e.magnitude === b[t].magnitude));

/**
 * Runs the core; a model not loaded yet gives no trace. With gates forced, also runs the model
 * as learned: the what-if's baseline. While comparing an edited sequence, also runs the same model
 * and overrides over the original. Throws if the core refuses the inputs.
 */
export function derive({
  models,
  kind,
  events,
  overrides,
  original,
  compare,
}: TraceInputs): Omit<DerivedSlice, 'notice'> {
  const model = models[kind];
  if (!model || events.length === 0)
    return { trace: null, risks: null, baseline: null, originalRun: null };
  const run = (sequence: readonly ScanEvent[], forced: readonly GateOverride[]) => {
    const trace = runForward(model.cell, encodeSequence(sequence), {
      overrides: runOverrides(model, forced),
    });
    return { trace, risks: jamRisk(model.readout, trace.hs) };
  };
  const comparing = compare && original.length > 0 && !sameEvents(events, original);
  return {
    ...run(events, overrides),
    baseline: overrides.length > 0 ? run(events, []) : null,
    originalRun: comparing ? run(original, overrides) : null,
  };
}
