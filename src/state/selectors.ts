/** Selectors at module scope: what each panel reads from the store. */
import type { GateName } from '../core';
import type { GateMode, LabState } from './lab-state';

/** The jam risk at the current step, or null before the model is loaded. */
export const selectJamRisk = (s: LabState): number | null => (s.risks ? s.risks[s.t] : null);

/** The current step t. */
export const selectStep = (s: LabState): number => s.t;

/** The number of steps in the sequence, T. */
export const selectT = (s: LabState): number => s.events.length;

/** The hidden state h_t at the current step. */
export const selectHidden = (s: LabState): Float64Array | null => s.trace?.hs[s.t] ?? null;

/** The cell state c_t at the current step (null for a kind without one). */
export const selectCell = (s: LabState): Float64Array | null => s.trace?.states.c?.at[s.t] ?? null;

/** How gate g is set: learned, forced to 0 or 1, or to a custom value. */
/** Whether the shown model was built without this gate (it is held at 1, and cannot be forced). */
export const selectGateRemoved = (s: LabState, gate: GateName): boolean =>
  s.models[s.kind]?.removed?.includes(gate) ?? false;

export function selectGateMode(s: LabState, gate: GateName): GateMode {
  const o = s.overrides.find((x) => x.gate === gate);
  if (!o) return 'learned';
  if (s.customGates.includes(gate)) return 'custom';
  return o.value === 0 ? 'zero' : o.value === 1 ? 'one' : 'custom';
}

/** The value gate g is forced to, or null while it runs as learned. */
export const selectGateValue = (s: LabState, gate: GateName): number | null =>
  s.overrides.find((x) => x.gate === gate)?.value ?? null;
