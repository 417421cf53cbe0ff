/** The model slice: which trained model the lab shows. */
import type { CellKind } from '../../core';
import type { LabState, ModelSlice } from '../lab-state';
import { commit, type Change, type Get, type Set } from './commit';

/** The change that shows another kind: forced gates belong to one kind's cell, chosen units to one hidden size. */
export const otherKind = (s: Pick<LabState, 'forceScope'>, kind: CellKind): Change => ({
  kind,
  overrides: [],
  customGates: [],
  forceScope: { ...s.forceScope, units: null },
});

/** The kind the lab opens on (and a link without a readable kind shows). */
export const FIRST_KIND: CellKind = 'lstm';

export const modelSlice = (set: Set, get: Get): ModelSlice => ({
  models: {},
  kind: FIRST_KIND,
  // models arriving say nothing new: a notice already standing (say, about a link) stays
  setModels: (models) =>
    void commit(set, get, { models: { ...get().models, ...models }, notice: get().notice }),
  setKind: (kind) => {
    if (get().kind !== kind) void commit(set, get, otherKind(get(), kind));
  },
});
