/** The model slice: which trained model the lab shows. */
import { scoped } from '../force-scope';
import type { ModelSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

export const modelSlice = (set: Set, get: Get): ModelSlice => ({
  models: {},
  kind: 'lstm',
  setModels: (models) => {
    const { kind, overrides, forceScope } = get();
    const next = { ...get().models, ...models };
    // a model of another hidden size may lack the chosen units: force every unit instead
    const H = next[kind]?.cell.H ?? Infinity;
    const fits = !forceScope.units || forceScope.units.every((j) => j < H);
    const scope = fits ? forceScope : { ...forceScope, units: null };
    const rescoped = overrides.map((o) => scoped(o.gate, o.value, scope));
    // the equations' unit must exist in the shown model
    const unit = Math.min(get().unit, Number.isFinite(H) ? H - 1 : get().unit);
    // models arriving say nothing new: a notice already standing (say, about a link) stays
    const { notice } = get();
    if (commit(set, get, { models: next, overrides: rescoped }))
      set({ forceScope: scope, unit, notice });
  },
  setKind: (kind) => {
    if (get().kind === kind) return;
    // forced gates belong to one kind's cell, and chosen units to one hidden size
    if (commit(set, get, { kind, overrides: [] }))
      set({ customGates: [], forceScope: { ...get().forceScope, units: null } });
  },
});
