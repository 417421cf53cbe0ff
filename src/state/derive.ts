/** The derived part of the lab state: the core's trace and jam-risk line for the inputs. */
import {
  jamRisk,
  runForward,
  type CellKind,
  type GateOverride,
  type Model,
  type Trace,
} from '../core';
import { encodeSequence, type ScanEvent } from '../data';

export interface Derived {
  trace: Trace | null;
  risks: Float64Array | null;
}

/** Runs the core; a model not loaded yet gives no trace. Throws if the core refuses the inputs. */
export function derive(
  models: Partial<Record<CellKind, Model>>,
  kind: CellKind,
  events: readonly ScanEvent[],
  overrides: readonly GateOverride[],
): Derived {
  const model = models[kind];
  if (!model || events.length === 0) return { trace: null, risks: null };
  const trace = runForward(model.cell, encodeSequence(events), { overrides: [...overrides] });
  return { trace, risks: jamRisk(model.readout, trace.hs) };
}
