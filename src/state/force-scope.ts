/**
 * The scope of forced gates: which units and which steps an override covers. One scope holds for
 * every forced gate, so what the panel shows chosen is exactly what the core forces.
 */
import type { GateName, GateOverride } from '../core';
import type { ForceScope } from './lab-state';

/** Every unit, every step. */
export const ALL: ForceScope = { units: null, steps: null };

/** The override forcing `gate` to `value` over the scope (fields left out where it is "all"). */
export function scoped(gate: GateName, value: number, scope: ForceScope): GateOverride {
  return {
    gate,
    value,
    ...(scope.units && { units: [...scope.units] }),
    ...(scope.steps && { from: scope.steps[0], to: scope.steps[1] }),
  };
}

const isIndex = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/**
 * The scope made tidy — units unique and ascending, the step range in order — or null if it
 * names a unit outside 0 … H−1 or a step that is not an index.
 */
export function tidyScope(scope: ForceScope, H: number): ForceScope | null {
  const { units, steps } = scope;
  if (units && !units.every((j) => isIndex(j) && j < H)) return null;
  if (steps && !steps.every(isIndex)) return null;
  return {
    units: units ? [...new Set(units)].sort((a, b) => a - b) : null,
    steps: steps ? [Math.min(...steps), Math.max(...steps)] : null,
  };
}
