/** The derived part of the lab state: the core's trace and jam-risk line for the inputs. */
import { jamRisk, runForward } from '../core';
import { encodeSequence } from '../data';
import type { DerivedSlice, TraceInputs } from './lab-state';

/** Runs the core; a model not loaded yet gives no trace. Throws if the core refuses the inputs. */
export function derive({
  models,
  kind,
  events,
  overrides,
}: TraceInputs): Omit<DerivedSlice, 'notice'> {
  const model = models[kind];
  if (!model || events.length === 0) return { trace: null, risks: null };
  const trace = runForward(model.cell, encodeSequence(events), { overrides: [...overrides] });
  return { trace, risks: jamRisk(model.readout, trace.hs) };
}
