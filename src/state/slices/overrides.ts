/** The overrides slice: gates forced by hand over chosen units and steps, applied by the core. */
import type { GateName, GateOverride } from '../../core';
import { ALL, scoped, tidyScope } from '../force-scope';
import type { ForceScope, GateMode, OverridesSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';
import { refused } from './notice';

const FORCED: Readonly<Record<Exclude<GateMode, 'learned' | 'custom'>, number>> = {
  zero: 0,
  one: 1,
};

/** The overrides with gate g forced to `value` over the scope (or freed if null). */
const withGate = (
  all: readonly GateOverride[],
  gate: GateName,
  value: number | null,
  scope: ForceScope,
) => [
  ...all.filter((o) => o.gate !== gate),
  ...(value === null ? [] : [scoped(gate, value, scope)]),
];

export const overridesSlice = (set: Set, get: Get): OverridesSlice => ({
  overrides: [],
  customGates: [],
  forceScope: ALL,
  setOverrides: (overrides) => void commit(set, get, { overrides: [...overrides] }),
  setGateMode: (gate, mode) => {
    const { overrides, customGates, forceScope, models, kind } = get();
    if (models[kind]?.removed?.includes(gate))
      return set({ notice: refused(`This model has no ${gate} gate to force: it was trained without it.`) }); // prettier-ignore
    const current = overrides.find((o) => o.gate === gate)?.value;
    const value = mode === 'learned' ? null : mode === 'custom' ? (current ?? 0.5) : FORCED[mode];
    void commit(set, get, {
      overrides: withGate(overrides, gate, value, forceScope),
      customGates: [...customGates.filter((g) => g !== gate), ...(mode === 'custom' ? [gate] : [])],
    });
  },
  setGateValue: (gate, value) => {
    if (!(value >= 0 && value <= 1)) return;
    const { overrides, forceScope } = get();
    void commit(set, get, { overrides: withGate(overrides, gate, value, forceScope) });
  },
  setForceScope: (change) => {
    const { overrides, forceScope, trace } = get();
    const scope = tidyScope({ ...forceScope, ...change }, trace?.H ?? Infinity);
    if (!scope)
      return set({ notice: refused('That scope names a unit or a step the model does not have.') }); // prettier-ignore
    const rescoped = overrides.map((o) => scoped(o.gate, o.value, scope));
    void commit(set, get, { overrides: rescoped, forceScope: scope });
  },
});
