/**
 * The training slice: one run per kind, side by side, on the same generated data,
 * their live curves, and the verb that puts a trained model into the lab. The runs happen behind
 * a TrainerHost (Web Workers in the page); its handles live in this factory's closure, never in
 * the state. Every message publishes new objects: a curve is a new array each time.
 */
import {
  CELL_KINDS,
  cut,
  modelFromFile,
  perKind,
  runForward,
  type CellKind,
  type Model,
} from '../../core';
import { encodeSequence } from '../../data';
import type { RunHandle, TrainerHost } from '../../sim/train-host';
import type { CurvePoint, TrainSettings, WorkerMessage } from '../../sim/train-protocol';
import type { LabState } from '../lab-state';
import { checkTrainSettings, DEFAULT_TRAIN_SETTINGS, TRAIN_SEED } from '../train-settings';
import { readTorchWeights } from '../torch-import';
import { commit, type Get, type Set } from './commit';
import { otherKind } from './model';
import { refused } from './notice';

export type RunStatus = 'idle' | 'running' | 'done' | 'stopped' | 'diverged' | 'failed';

/** One kind's run as the panel shows it. */
export interface RunView {
  status: RunStatus;
  /** updates made, of `updates` */
  step: number;
  updates: number;
  /** one point per held-out evaluation, in step order */
  curve: readonly CurvePoint[];
  /** why it diverged (the weights were rolled back) or failed */
  reason?: string;
  /** the trained weights, once the run has ended (rolled back after a divergence) */
  model?: Model;
  /** the held-out accuracy of `model` */
  accuracy?: number;
  /** milliseconds the worker spent on the updates, as measured in this browser */
  ms?: number;
  /** what the run was started with (none before the first Train) */
  settings?: TrainSettings;
}

/** The forced gates and their scope, with the equations' unit: what depends on the model's H. */
export type Forcing = Partial<Pick<LabState, 'overrides' | 'forceScope' | 'unit' | 'customGates'>>;

/** The training slice's data and verbs. */
export interface TrainingSlice {
  trainSettings: TrainSettings;
  runs: Readonly<Record<CellKind, RunView>>;
  /** the lab's model of each kind before a trained one replaced it (for restoreModel) */
  replacedModels: Readonly<Partial<Record<CellKind, Model>>>;
  /** changes settings for the next runs; a bad value changes nothing and sets the notice */
  setTrainSettings(change: Partial<TrainSettings>): void;
  /** trains every kind from scratch with the settings (stops runs still going first) */
  startTraining(): void;
  /** stops every run; each keeps the weights it had reached */
  stopTraining(): void;
  /** shows the trained model of `kind` in the lab */
  loadTrainedModel(kind: CellKind): void;
  /** puts back the model a trained one replaced (the shipped one) */
  restoreModel(kind: CellKind): void;
  /**
   * trained models (from a save or a link) in place of the lab's, each keeping the one it
   * replaces for restoreModel; all or none — with the forcing a link names for them, applied in
   * the same change so that their hidden size, not the shipped one's, decides which units exist
   */
  restoreTrainedModels(
    trained: Readonly<Partial<Record<CellKind, Model>>>,
    forcing?: Forcing,
  ): void;
  /**
   * shows the model a PyTorch-layout weights file holds (see torch-import.ts) in place of the
   * lab's of that kind, and says whether it did; a bad file changes nothing but the notice
   */
  importWeights(text: string, fileName: string): boolean;
  /** says why a weights file was refused before it was read (too big); changes nothing else */
  refuseWeights(fileName: string, reason: string): void;
}

const IDLE: RunView = { status: 'idle', step: 0, updates: 0, curve: [] };
const idleRuns = () => perKind(() => IDLE);

/** The store's verbs for training, running each kind through `host` (none: a notice). */
export const trainingSlice = (set: Set, get: Get, host?: TrainerHost): TrainingSlice => {
  let handles: RunHandle[] = [];
  // messages from runs of an earlier Train press are dropped
  let generation = 0;

  const patch = (kind: CellKind, change: Partial<RunView>) =>
    set({ runs: { ...get().runs, [kind]: { ...get().runs[kind], ...change } } });

  /** The models put in place of the lab's, each kind keeping the model it replaces. */
  const replacing = (trained: Readonly<Partial<Record<CellKind, Model>>>) => {
    const { models, replacedModels } = get();
    const kept = { ...replacedModels };
    for (const k of Object.keys(trained) as CellKind[]) kept[k] ??= models[k];
    return { models: { ...models, ...trained }, replacedModels: kept };
  };

  /** Shows `model` in place of the lab's of its kind, keeping the one it replaces; false if refused. */
  const show = (model: Model): boolean => {
    const kind = model.cell.kind;
    // models arriving say nothing new; showing another kind clears the notice as choosing it does
    const other = kind !== get().kind;
    return commit(set, get, {
      ...replacing({ [kind]: model }),
      ...(other ? otherKind(get(), kind) : { notice: get().notice }),
    });
  };

  const receive = (kind: CellKind, m: WorkerMessage) => {
    const run = get().runs[kind];
    if (m.type === 'progress') {
      if (run.status === 'running')
        patch(kind, { step: m.step, curve: [...run.curve, ...m.points] });
      return;
    }
    let model: Model | undefined;
    try {
      model = m.model ? modelFromFile(m.model).model : undefined;
    } catch (e) {
      return patch(kind, { status: 'failed', reason: (e as Error).message });
    }
    const status = m.status === 'cancelled' ? 'stopped' : m.status;
    patch(kind, { status, step: m.step, reason: m.reason, model, accuracy: m.accuracy, ms: m.ms });
  };

  const stopTraining = () => {
    handles.forEach((h) => h.stop());
    handles = [];
    const runs = { ...get().runs };
    for (const k of CELL_KINDS)
      if (runs[k].status === 'running') runs[k] = { ...runs[k], status: 'stopped' };
    set({ runs });
  };

  return {
    trainSettings: DEFAULT_TRAIN_SETTINGS,
    runs: idleRuns(),
    replacedModels: {},
    setTrainSettings: (change) => {
      const refusal = checkTrainSettings(change);
      if (refusal) set({ notice: refused(refusal) });
      else set({ trainSettings: { ...get().trainSettings, ...change } });
    },
    startTraining: () => {
      if (!host) return set({ notice: refused('Training needs Web Workers, which this browser lacks.') }); // prettier-ignore
      stopTraining();
      const gen = ++generation;
      const settings = get().trainSettings;
      const fresh: RunView = { ...IDLE, status: 'running', updates: settings.updates, settings };
      set({ runs: perKind(() => fresh) });
      handles = CELL_KINDS.map((kind) =>
        host.start({ type: 'start', kind, settings, seed: TRAIN_SEED }, (m) => {
          if (gen === generation) receive(kind, m);
        }),
      );
    },
    stopTraining,
    loadTrainedModel: (kind) => {
      const model = get().runs[kind].model;
      if (model) show(model);
    },
    importWeights: (text, fileName) => {
      let model: Model;
      try {
        model = readTorchWeights(text);
        // a model that cannot run on the lab's sequence replaces nothing: say so, naming the file
        runForward(model.cell, encodeSequence(get().events));
      } catch (e) {
        get().refuseWeights(fileName, (e as Error).message);
        return false;
      }
      if (show(model)) return true;
      get().refuseWeights(fileName, get().notice?.text ?? 'the lab could not run it');
      return false;
    },
    refuseWeights: (fileName, reason) =>
      set({ notice: { kind: 'weights', text: `Could not import the weights in ${cut(fileName)}: ${reason}.` } }), // prettier-ignore
    restoreModel: (kind) => {
      const { models, replacedModels, notice } = get();
      const original = replacedModels[kind];
      if (!original) return;
      const rest = { ...replacedModels };
      delete rest[kind];
      void commit(set, get, { models: { ...models, [kind]: original }, replacedModels: rest, notice }); // prettier-ignore
    },
    restoreTrainedModels: (trained, forcing = {}) =>
      void commit(set, get, { ...replacing(trained), ...forcing, notice: get().notice }),
  };
};
