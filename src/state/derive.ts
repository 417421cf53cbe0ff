/** The derived part of the lab state: the core's trace and jam-risk line for the inputs. */
import { jamRisk, runForward, type GateOverride } from '../core';
import { encodeSequence } from '../data';
import type { DerivedSlice, TraceInputs } from './lab-state';

/**
 * Runs the core; a model not loaded yet gives no trace. With gates forced, also runs the model
 * as learned: the what-if's baseline. Throws if the core refuses the inputs.
 */
export function derive({
  models,
  kind,
  events,
  overrides,
}: TraceInputs): Omit<DerivedSlice, 'notice'> {
  const model = models[kind];
  if (!model || events.length === 0) return { trace: null, risks: null, baseline: null };
  const xs = encodeSequence(events);
  const run = (forced: readonly GateOverride[]) => {
    const trace = runForward(model.cell, xs, { overrides: [...forced] });
    return { trace, risks: jamRisk(model.readout, trace.hs) };
  };
  return { ...run(overrides), baseline: overrides.length > 0 ? run([]) : null };
}
