/** The model slice: which trained model the lab shows. */
import type { ModelSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

export const modelSlice = (set: Set, get: Get): ModelSlice => ({
  models: {},
  kind: 'lstm',
  // models arriving say nothing new: a notice already standing (say, about a link) stays
  setModels: (models) =>
    void commit(set, get, { models: { ...get().models, ...models }, notice: get().notice }),
  setKind: (kind) => {
    if (get().kind === kind) return;
    // forced gates belong to one kind's cell, and chosen units to one hidden size
    const forceScope = { ...get().forceScope, units: null };
    void commit(set, get, { kind, overrides: [], customGates: [], forceScope });
  },
});
