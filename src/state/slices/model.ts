/** The model slice: which trained model the lab shows. */
import type { ModelSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

export const modelSlice = (set: Set, get: Get): ModelSlice => ({
  models: {},
  kind: 'lstm',
  setModels: (models) => void commit(set, get, { models: { ...get().models, ...models } }),
  setKind: (kind) => {
    if (get().kind === kind) return;
    // forced gates belong to one kind's cell
    if (commit(set, get, { kind, overrides: [] })) set({ customGates: [] });
  },
});
