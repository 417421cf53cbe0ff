/** The overrides slice: gates forced by hand, applied by the core. */
import type { OverridesSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

export const overridesSlice = (set: Set, get: Get): OverridesSlice => ({
  overrides: [],
  setOverrides: (overrides) => void commit(set, get, { overrides: [...overrides] }),
});
