/**
 * createLabStore(): one framework-free zustand store for the lab, made of slices. Actions are
 * verbs; each one that changes the model, the sequence or the overrides recomputes the trace
 * through the core and publishes new objects. A change the core refuses leaves the state as it
 * was and sets a notice.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { derive } from './derive';
import type { LabState, LabStore } from './lab-state';
import { clampStep, settle } from './slices/commit';
import { modelSlice } from './slices/model';
import { overridesSlice } from './slices/overrides';
import { playbackSlice } from './slices/playback';
import { scenarioSlice } from './slices/scenario';
import { editorSlice } from './slices/editor';
import { viewSlice } from './slices/view';
import { noticeSlice } from './slices/notice';
import { storageSlice } from './slices/storage';
import { lessonSlice } from './slices/lesson';
import { sweepSlice, type Sweeper } from './slices/sweep';
import { trainingSlice } from './slices/training';
import type { TrainerHost } from '../sim/train-host';

export type { LabState, LabStore } from './lab-state';

/**
 * A new store; `initial` sets any part of the state up front (tests, links); `deps.trainer` is
 * where training runs and `deps.sweeper` where the sweep's runs go (none: their buttons say they
 * are unavailable).
 */
export function createLabStore(
  initial: Partial<LabState> = {},
  deps: { trainer?: TrainerHost; sweeper?: Sweeper } = {},
): StoreApi<LabStore> {
  return createStore<LabStore>()((set, get) => {
    const inputs = {
      ...modelSlice(set, get),
      ...scenarioSlice(set, get),
      ...editorSlice(set, get),
      ...overridesSlice(set, get),
      ...playbackSlice(set, get),
      ...viewSlice(set, get),
      ...lessonSlice(set, get),
      ...trainingSlice(set, get, deps.trainer),
      ...sweepSlice(set, get, deps.sweeper),
      ...storageSlice(set, get),
      ...noticeSlice(set),
      ...initial,
    };
    // a sequence given up front is its own original, unless one is given too
    if (!initial.original) inputs.original = inputs.events;
    const settled = { ...inputs, ...settle(inputs) };
    return { ...settled, ...derive(settled), t: clampStep(inputs.t, inputs.events.length) };
  });
}
