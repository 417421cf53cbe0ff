/**
 * createLabStore(): one framework-free zustand store for the lab. Actions are verbs; each one that
 * changes the model, the sequence or the overrides recomputes the trace through the core and
 * publishes new objects. A change the core refuses leaves the state as it was and sets a notice.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CellKind, GateOverride, Model } from '../core';
import { CANONICAL, scenario, type ScanEvent } from '../data';
import { derive } from './derive';
import type { LabState, LabStore } from './lab-state';

export type { LabState, LabStore } from './lab-state';

const clamp = (t: number, T: number) => Math.max(0, Math.min(T - 1, Math.round(t)));

export function createLabStore(initial: Partial<LabState> = {}): StoreApi<LabStore> {
  const first = scenario(CANONICAL);
  const base = {
    models: {},
    kind: 'lstm' as CellKind,
    scenarioId: first.id,
    events: first.events,
    overrides: [] as readonly GateOverride[],
    t: 0,
    playing: false,
    speed: 4,
    notice: null,
    ...initial,
  };
  return createStore<LabStore>()((set, get) => {
    /** Recomputes the trace for new inputs; on refusal keeps the old state and says why. */
    const commit = (
      change: Partial<Pick<LabState, 'models' | 'kind' | 'events' | 'overrides' | 'scenarioId'>>,
    ) => {
      const next = { ...get(), ...change };
      try {
        const d = derive(next.models, next.kind, next.events, next.overrides);
        const T = next.events.length;
        set({ ...change, ...d, t: clamp(get().t, T), notice: null });
      } catch (e) {
        set({ notice: (e as Error).message });
      }
    };
    const seek = (t: number) => {
      const T = get().events.length;
      set({ t: clamp(t, T) });
    };
    return {
      ...base,
      ...derive(base.models, base.kind, base.events, base.overrides),
      setModels: (models: Partial<Record<CellKind, Model>>) =>
        commit({ models: { ...get().models, ...models } }),
      setKind: (kind) => commit({ kind, overrides: get().kind === kind ? get().overrides : [] }),
      setScenario: (id) => {
        commit({ scenarioId: id, events: scenario(id).events });
        set({ t: 0, playing: false });
      },
      setEvents: (events: readonly ScanEvent[]) =>
        commit({ scenarioId: 'custom', events: [...events] }),
      setOverrides: (overrides) => commit({ overrides: [...overrides] }),
      seek,
      stepForward: () => seek(get().t + 1),
      stepBack: () => seek(get().t - 1),
      goToStart: () => seek(0),
      goToEnd: () => seek(get().events.length - 1),
      play: () => set({ playing: true, t: get().t >= get().events.length - 1 ? 0 : get().t }),
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setSpeed: (stepsPerSecond) => {
        if (stepsPerSecond > 0 && Number.isFinite(stepsPerSecond)) set({ speed: stepsPerSecond });
      },
    };
  });
}
