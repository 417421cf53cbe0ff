/**
 * The training slice: one run per kind, and per design without a gate that the learner adds, side
 * by side, on the same generated data,
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
import { ABLATIONS, designVariant, type Ablation, type Design } from '../../sim/variant';
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

/** Every kind's run, and the run of each design without a gate that the last Train added. */
export type Runs = Readonly<Record<CellKind, RunView>> & Readonly<Partial<Record<Ablation, RunView>>>; // prettier-ignore

/** The designs that have a run: every kind, then the added designs in ABLATIONS's order. */
export const designsOf = (runs: Runs): Design[] => [
  ...CELL_KINDS,
  ...ABLATIONS.filter((d) => runs[d] !== undefined),
];

/** The training slice's data and verbs. */
export interface TrainingSlice {
  trainSettings: TrainSettings;
  /** the designs without a gate that the next Train adds beside the full models */
  trainWithout: readonly Ablation[];
  runs: Runs;
  /** the lab's model of each kind before a trained one replaced it (for restoreModel) */
  replacedModels: Readonly<Partial<Record<CellKind, Model>>>;
  /** changes settings for the next runs; a bad value changes nothing and sets the notice */
  setTrainSettings(change: Partial<TrainSettings>): void;
  /** adds or drops a design without a gate for the next runs */
  setTrainWithout(designs: readonly Ablation[]): void;
  /** trains every kind from scratch with the settings (stops runs still going first) */
  startTraining(): void;
  /** stops every run; each keeps the weights it had reached */
  stopTraining(): void;
  /** shows the trained model of `design` in the lab, in place of the lab's of its kind */
  loadTrainedModel(design: Design): void;
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

  const patch = (design: Design, change: Partial<RunView>) =>
    set({ runs: { ...get().runs, [design]: { ...get().runs[design], ...change } } });

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
    // a gate the design lacks cannot stay forced by hand
    const kept = get().overrides.filter((o) => !model.removed?.includes(o.gate));
    return commit(set, get, {
      ...replacing({ [kind]: model }),
      ...(other ? otherKind(get(), kind) : { overrides: kept, notice: get().notice }),
    });
  };

  const receive = (design: Design, m: WorkerMessage) => {
    const run = get().runs[design];
    if (!run) return;
    if (m.type === 'progress') {
      if (run.status === 'running')
        patch(design, { step: m.step, curve: [...run.curve, ...m.points] });
      return;
    }
    let model: Model | undefined;
    try {
      model = m.model ? modelFromFile(m.model).model : undefined;
    } catch (e) {
      return patch(design, { status: 'failed', reason: (e as Error).message });
    }
    const status = m.status === 'cancelled' ? 'stopped' : m.status;
    patch(design, { status, step: m.step, reason: m.reason, model, accuracy: m.accuracy, ms: m.ms }); // prettier-ignore
  };

  const stopTraining = () => {
    handles.forEach((h) => h.stop());
    handles = [];
    const runs: Record<string, RunView> = { ...get().runs };
    for (const d of designsOf(get().runs))
      if (runs[d].status === 'running') runs[d] = { ...runs[d], status: 'stopped' };
    set({ runs: runs as Runs });
  };

  return {
    trainSettings: DEFAULT_TRAIN_SETTINGS,
    trainWithout: [],
    runs: idleRuns(),
    replacedModels: {},
    setTrainSettings: (change) => {
      const refusal = checkTrainSettings(change);
      if (refusal) set({ notice: refused(refusal) });
      else set({ trainSettings: { ...get().trainSettings, ...change } });
    },
    setTrainWithout: (designs) =>
      set({ trainWithout: ABLATIONS.filter((d) => designs.includes(d)) }),
    startTraining: () => {
      if (!host) return set({ notice: refused('Training needs Web Workers, which this browser lacks.') }); // prettier-ignore
      stopTraining();
      const gen = ++generation;
      const settings = get().trainSettings;
      const fresh: RunView = { ...IDLE, status: 'running', updates: settings.updates, settings };
      const designs: Design[] = [...CELL_KINDS, ...get().trainWithout];
      set({ runs: Object.fromEntries(designs.map((d) => [d, fresh])) as Runs });
      handles = designs.map((design) => {
        const { kind, removed } = designVariant(design);
        const start = { type: 'start', kind, settings, seed: TRAIN_SEED } as const;
        return host.start({ ...start, ...(removed ? { removed } : {}) }, (m) => {
          if (gen === generation) receive(design, m);
        });
      });
    },
    stopTraining,
    loadTrainedModel: (design) => {
      const model = get().runs[design]?.model;
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
