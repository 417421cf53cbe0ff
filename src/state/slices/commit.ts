/**
 * The one way an input changes: merge the change, rerun the core, publish the new trace — or, if
 * the core refuses, keep everything as it was and say why in the notice.
 */
import type { StoreApi } from 'zustand/vanilla';
import { derive } from '../derive';
import type { LabState, LabStore } from '../lab-state';

export type Set = StoreApi<LabStore>['setState'];
export type Get = StoreApi<LabStore>['getState'];

/** An input change, with what moves along with it in the same publish (history, t). */
type InputChange = Partial<
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
  >
>;

/** Keeps t inside 0 … T−1. */
export const clampStep = (t: number, T: number): number =>
  Math.max(0, Math.min(T - 1, Math.round(t)));

/** Applies an input change through the core; returns whether it was taken. */
export function commit(set: Set, get: Get, change: InputChange): boolean {
  const next = { ...get(), ...change };
  try {
    const derived = derive(next);
    set({ ...change, ...derived, t: clampStep(next.t, next.events.length), notice: null });
    return true;
  } catch (e) {
    set({ notice: (e as Error).message });
    return false;
  }
}
