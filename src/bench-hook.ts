/**
 * Only in the UI benchmark's build: a window handle that swaps in a generated model and sequence,
 * so the benchmark can play H = 32, T = 200 through the real panels.
 */
import type { StoreApi } from 'zustand';
import { modelFromFile } from './core';
import type { ScanEvent } from './data';
import type { LabStore } from './state/lab-state';

export interface BenchHandle {
  /** loads a model file (the core's 'gate-lab-model' format) as the model of its kind and shows it */
  loadModel(file: unknown): void;
  /** replaces the sequence */
  setEvents(events: ScanEvent[]): void;
}

declare global {
  interface Window {
    gateLabBench?: BenchHandle;
  }
}

export function install(store: StoreApi<LabStore>): void {
  window.gateLabBench = {
    loadModel(file) {
      const { model } = modelFromFile(file);
      store.getState().setModels({ [model.cell.kind]: model });
      store.getState().setKind(model.cell.kind);
    },
    setEvents: (events) => store.getState().setEvents(events),
  };
}
