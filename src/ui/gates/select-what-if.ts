/** The what-if sentence of the forced gates, from the store: null while every gate runs as learned. */
import type { LabStore } from '../../state/lab-state';
import { whatIf } from './what-if';

const last = (a: Float64Array) => a[a.length - 1];

export const selectWhatIf = (s: LabStore): string | null =>
  s.baseline && s.risks ? whatIf(s.overrides, last(s.baseline.risks), last(s.risks)) : null;
