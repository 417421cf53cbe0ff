/**
 * The one way the lab changes what the core computes: merge the change, apply the lab's
 * invariants, rerun the core and publish it all at once — or, if the core refuses, keep everything
 * as it was and say why in the notice. One change, one publish: subscribers never see a state
 * halfway through an action.
 */
import type { StoreApi } from 'zustand/vanilla';
import { derive } from '../derive';
import { scoped } from '../force-scope';
import type { LabState, LabStore } from '../lab-state';

export type Set = StoreApi<LabStore>['setState'];
export type Get = StoreApi<LabStore>['getState'];

/** A change to the core's inputs, with what moves along with it in the same publish. */
export type Change = Partial<
  Pick<
    LabState,
    | 'models'
    | 'kind'
    | 'events'
    | 'overrides'
    | 'scenarioId'
    | 'original'
    | 'compare'
    | 'past'
    | 'future'
    | 'lastEdit'
    | 't'
    | 'customGates'
    | 'forceScope'
    | 'unit'
    | 'playing'
    | 'aside'
    | 'earlierAsides'
    | 'replacedModels'
    | 'notice'
  >
>;

/** Keeps t inside 0 … T−1. */
export const clampStep = (t: number, T: number): number =>
  Math.max(0, Math.min(T - 1, Math.round(t)));

type Settled = Pick<LabState, 'forceScope' | 'overrides' | 'unit' | 'customGates'>;

/**
 * The invariants every published state keeps, whatever the action: the forced units and the
 * equations' unit exist in the shown model (a model of another hidden size forces every unit
 * instead, and shows its last unit), the forced steps end inside the sequence (a range past its
 * end is brought back to its last step), and a gate set to a custom value is a forced gate. What
 * already holds keeps its identity, so subscribers comparing by identity see no change.
 */
export function settle(s: Settled & Pick<LabState, 'models' | 'kind' | 'events'>): Settled {
  const H = s.models[s.kind]?.cell.H ?? Infinity;
  const last = s.events.length - 1;
  const unitsFit = !s.forceScope.units || s.forceScope.units.every((j) => j < H);
  const steps = s.forceScope.steps;
  const stepsFit = !steps || steps[1] <= last;
  const fits = unitsFit && stepsFit;
  const forceScope = fits
    ? s.forceScope
    : {
        units: unitsFit ? s.forceScope.units : null,
        steps: stepsFit ? steps : ([Math.min(steps![0], last), last] as const),
      };
  const overrides = fits
    ? s.overrides
    : s.overrides.map((o) => scoped(o.gate, o.value, forceScope));
  const unit = Math.min(s.unit, Number.isFinite(H) ? H - 1 : s.unit);
  const forced = (g: string) => overrides.some((o) => o.gate === g);
  const customGates = s.customGates.every(forced) ? s.customGates : s.customGates.filter(forced);
  return { forceScope, overrides, unit, customGates };
}

/**
 * Applies a change through the core; returns whether it was taken. A taken change clears the
 * notice unless it brings its own.
 */
export function commit(set: Set, get: Get, change: Change): boolean {
  const next = { ...get(), ...change };
  const settled = settle(next);
  try {
    const derived = derive({ ...next, ...settled });
    const t = clampStep(next.t, next.events.length);
    set({ notice: null, ...change, ...settled, ...derived, t });
    return true;
  } catch (e) {
    set({ notice: { kind: 'refused', text: (e as Error).message } });
    return false;
  }
}
