/** The overrides slice: gates forced by hand, applied by the core. */
import type { GateName, GateOverride } from '../../core';
import type { GateMode, OverridesSlice } from '../lab-state';
import { commit, type Get, type Set } from './commit';

const FORCED: Readonly<Record<Exclude<GateMode, 'learned' | 'custom'>, number>> = {
  zero: 0,
  one: 1,
};

/** The overrides with gate g replaced by `value` on every unit and step (or freed if null). */
const withGate = (all: readonly GateOverride[], gate: GateName, value: number | null) => [
  ...all.filter((o) => o.gate !== gate),
  ...(value === null ? [] : [{ gate, value }]),
];

export const overridesSlice = (set: Set, get: Get): OverridesSlice => ({
  overrides: [],
  customGates: [],
  setOverrides: (overrides) => void commit(set, get, { overrides: [...overrides] }),
  setGateMode: (gate, mode) => {
    const { overrides, customGates } = get();
    const current = overrides.find((o) => o.gate === gate)?.value;
    const value = mode === 'learned' ? null : mode === 'custom' ? (current ?? 0.5) : FORCED[mode];
    if (commit(set, get, { overrides: withGate(overrides, gate, value) }))
      set({
        customGates: [
          ...customGates.filter((g) => g !== gate),
          ...(mode === 'custom' ? [gate] : []),
        ],
      });
  },
  setGateValue: (gate, value) => {
    if (!(value >= 0 && value <= 1)) return;
    void commit(set, get, { overrides: withGate(get().overrides, gate, value) });
  },
});
