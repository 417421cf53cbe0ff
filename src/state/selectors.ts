/** Selectors at module scope: what each panel reads from the store. */
import type { LabState } from './lab-state';

/** The jam risk at the current step, or null before the model is loaded. */
export const selectJamRisk = (s: LabState): number | null => (s.risks ? s.risks[s.t] : null);

/** The number of steps in the sequence. */
export const selectT = (s: LabState): number => s.events.length;

/** The hidden state h_t at the current step. */
export const selectHidden = (s: LabState): Float64Array | null => s.trace?.hs[s.t] ?? null;

/** The cell state c_t at the current step (LSTM only). */
export const selectCell = (s: LabState): Float64Array | null =>
  s.trace?.kind === 'lstm' ? s.trace.cs[s.t] : null;
