/**
 * The lab's state, in slices: which model, which sequence, which gates are forced, where playback
 * is, what the view shows — and the trace the core computed from them. The trace is derived: every
 * action that changes an input commits a new trace (and jam-risk line) at once, and nothing in the
 * state is mutated afterwards. Workers, timers and DOM nodes never enter it.
 */
import type { CellKind, GateName, GateOverride, Model, Trace } from '../core';
import type { ScanEvent, ScenarioId } from '../data';
import type { KeptSlot } from './kept-slots';
import type { PanelId } from './panels';
import type { SweepSlice } from './slices/sweep';
import type { TrainingSlice } from './slices/training';

/** The model slice: the models the lab can show and which one it shows. */
export interface ModelSlice {
  /** the models by kind (the shipped presets once loaded) */
  models: Readonly<Partial<Record<CellKind, Model>>>;
  kind: CellKind;
  setModels(models: Partial<Record<CellKind, Model>>): void;
  /** switches model; forced gates belong to one kind, so they are dropped */
  setKind(kind: CellKind): void;
}

/** The scenario slice: the event sequence the model reads. */
export interface ScenarioSlice {
  /** the curated scenario the sequence came from, or 'custom' once edited */
  scenarioId: ScenarioId | 'custom';
  events: readonly ScanEvent[];
  setScenario(id: ScenarioId): void;
  /** replaces the sequence as one edit (undo brings the old one back) */
  setEvents(events: readonly ScanEvent[]): void;
}

/** One run of the core over a sequence: its trace and jam-risk line. */
export interface Run {
  trace: Trace;
  risks: Float64Array;
}

/** The editor slice: edits to the sequence, their undo history, the comparison with the original. */
export interface EditorSlice {
  /** the sequence before any edit: the curated scenario's, or the imported file's */
  original: readonly ScanEvent[];
  /** earlier sequences, oldest first; undo takes the last (bounded: see HISTORY_LIMIT) */
  past: readonly (readonly ScanEvent[])[];
  /** undone sequences, the next redo last */
  future: readonly (readonly ScanEvent[])[];
  /** whether the original's run is drawn and compared with the edited sequence's */
  compare: boolean;
  /** the last edit while it can go on (one reading's magnitude), so a drag is one undo step */
  lastEdit: string | null;
  /** inserts a reading before index `at` (0 … T) and moves t to it */
  insertEvent(at: number, event: ScanEvent): void;
  /** deletes the reading at `at`; the last reading is never deleted */
  deleteEvent(at: number): void;
  /** changes the kind and/or magnitude of the reading at `at` */
  changeEvent(at: number, patch: Partial<ScanEvent>): void;
  undo(): void;
  redo(): void;
  /** replaces the sequence by a JSON or CSV file's; a bad file changes nothing but the notice */
  importSequence(text: string, fileName: string): void;
  /** says why a file was refused before it was read (too big); changes nothing else */
  rejectImport(fileName: string, reason: string): void;
  setCompare(on: boolean): void;
  /** goes back to the original sequence, as an edit that can be undone */
  revertToOriginal(): void;
}

/** How a learner sets one gate: as learned, forced shut, forced open, or to a chosen value. */
export type GateMode = 'learned' | 'zero' | 'one' | 'custom';

/** Where forced gates apply: chosen units over a range of steps (null: all of them). */
export interface ForceScope {
  /** the forced units, 0-based and ascending; null: every unit */
  units: readonly number[] | null;
  /** the first and last forced step, inclusive and 0-based; null: every step */
  steps: readonly [number, number] | null;
}

/** The overrides slice: gates forced by hand. */
export interface OverridesSlice {
  overrides: readonly GateOverride[];
  /** gates set to Custom (so a custom 0 or 1 still reads as Custom) */
  customGates: readonly GateName[];
  /** the units and steps every forced gate applies to */
  forceScope: ForceScope;
  setOverrides(overrides: readonly GateOverride[]): void;
  /** forces a gate over the scope (or frees it); Custom keeps its value, 0.5 at first */
  setGateMode(gate: GateName, mode: GateMode): void;
  /** the forced value of a gate set to Custom, in [0, 1] */
  setGateValue(gate: GateName, value: number): void;
  /** changes the scope, and applies it to the gates already forced */
  setForceScope(scope: Partial<ForceScope>): void;
}

/** The playback slice: the current step and the play clock's settings. */
export interface PlaybackSlice {
  /** the current step, 0-based */
  t: number;
  playing: boolean;
  /** steps per second while playing */
  speed: number;
  seek(t: number): void;
  stepForward(): void;
  stepBack(): void;
  goToStart(): void;
  goToEnd(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(stepsPerSecond: number): void;
}

/** The view slice: what the panels focus on and how they move. */
export interface ViewSlice {
  /** the hidden unit whose numbers the equations show, 0-based */
  unit: number;
  /** whether a step change plays the sub-step animation (inputs → gates → memory → output) */
  animate: boolean;
  /** whether the keyboard-shortcut help is open */
  helpOpen: boolean;
  /** lecture mode: large type, AAA contrast, thick strokes, only the panels and controls not hidden */
  lecture: boolean;
  /** the panels lecture mode leaves out (outside lecture mode every panel shows) */
  hiddenPanels: readonly PanelId[];
  /** the top-bar controls lecture mode leaves out (its own toggle and chooser always show) */
  hiddenControls: readonly ControlId[];
  setUnit(j: number): void;
  setAnimate(on: boolean): void;
  setHelpOpen(open: boolean): void;
  setLecture(on: boolean): void;
  setPanelHidden(id: PanelId, hidden: boolean): void;
  setControlHidden(id: ControlId, hidden: boolean): void;
}

/** The top bar's controls, as lecture mode shows or hides them. */
export type ControlId = 'model' | 'scenario' | 'transport' | 'time' | 'shortcuts' | 'lesson';

/** What a lesson step shows. */
export interface LessonView {
  kind: CellKind;
  scenarioId: ScenarioId;
  overrides: readonly GateOverride[];
  t: number;
}

/** An edited sequence put aside while another shows, with its own original. */
export interface SetAside {
  events: readonly ScanEvent[];
  original: readonly ScanEvent[];
}

/** The lesson slice: the guided lesson's place, its answers, and the sequence it put aside. */
export interface LessonSlice {
  /** the open lesson's step, 0-based (LESSON_LENGTH: its knowledge check), or null: no lesson */
  lesson: number | null;
  /** the option checked for each knowledge-check question, or null while unanswered */
  answers: readonly (number | null)[];
  /** the learner's edited sequence, kept while the lesson (or a link) shows another */
  aside: SetAside | null;
  /** older sequences put aside, newest first (asides.ts: ASIDE_LIMIT in all, with `aside`) */
  earlierAsides: readonly SetAside[];
  /** opens the lesson at its first step, putting an edited sequence aside */
  startLesson(): void;
  /** moves the open lesson to step `at` (0 … LESSON_LENGTH) */
  setLessonStep(at: number): void;
  /**
   * puts the lab, in one change, into what a lesson step shows: its model, a fresh copy of its
   * curated scenario, its forced gates over every unit and step, its step t; playback paused
   */
  showLessonView(view: LessonView): void;
  /** records `option` as the checked answer to question `q` */
  answerQuestion(q: number, option: number): void;
  /** closes the lesson; the sequence put aside comes back */
  endLesson(): void;
  /**
   * puts the k-th sequence set aside (0, the default: `aside`) back, as a new original with no
   * undo history; an edited sequence it replaces is put aside in its place
   */
  bringBackAside(k?: number): void;
  /** lets the k-th sequence set aside (0, the default: `aside`) go */
  discardAside(k?: number): void;
}

export type { PanelId } from './panels';

/** What the core computed from the inputs; replaced whole on every change. */
export interface DerivedSlice {
  /** the core's run of models[kind] over events with overrides; null until that model is loaded */
  trace: Trace | null;
  /** p_t = σ(w·h_t + b) for every step of the trace */
  risks: Float64Array | null;
  /** the same run without any override — the what-if's reference — while gates are forced */
  baseline: { trace: Trace; risks: Float64Array } | null;
  /** the same model and overrides over the original sequence, while comparing an edited one */
  originalRun: Run | null;
}

/**
 * What a notice is about. Code acts on the kind (the editor repeats an import's notice beside its
 * Import button), never on the words.
 */
export type NoticeKind =
  | 'refused' // the core or an action refused a change; nothing changed
  | 'import' // a sequence file was refused
  | 'weights' // a weights file was refused
  | 'link' // a link could not be read, or only partly
  | 'save' // the saved work could not be read, or only partly
  | 'storage' // this browser will not keep the work
  | 'models'; // a model could not be loaded

export interface Notice {
  readonly kind: NoticeKind;
  readonly text: string;
}

/** The storage slice: what is kept aside in this browser, and whether the work is being saved. */
export interface StorageSlice {
  /** saves kept aside rather than lost (kept-slots.ts), newest first */
  keptSaves: readonly KeptSlot[];
  /** the browser refused the last write: what is on screen is not saved */
  unsaved: boolean;
  setUnsaved(unsaved: boolean): void;
  /** lists the slots again (another tab may have kept or discarded one); held saves stay */
  refreshKept(): void;
  /**
   * keeps another tab's save, about to be written over: its slot (null: it did not fit, so it is
   * held in place) and its edited sequences, put aside
   */
  keepOtherTab(slot: KeptSlot | null, other: Partial<LabState>, at: number): void;
  /** the learner has downloaded a kept save: a held one is no longer held */
  keptDownloaded(key: string): void;
  /** removes a kept save from the browser */
  discardKept(key: string): void;
}

/** The notice bar: what went wrong with the last action, or with what the lab opened. */
export interface NoticeSlice {
  notice: Notice | null;
  /** shows a notice (replacing the one shown) */
  notify(notice: Notice): void;
}

export type LabStore = ModelSlice &
  ScenarioSlice &
  EditorSlice &
  OverridesSlice &
  PlaybackSlice &
  ViewSlice &
  LessonSlice &
  TrainingSlice &
  SweepSlice &
  DerivedSlice &
  StorageSlice &
  NoticeSlice;

/** The data part of the store (no actions): what a test or a link may set up front. */
export type LabState = {
  [K in keyof LabStore as LabStore[K] extends (...a: never[]) => unknown ? never : K]: LabStore[K];
};

/** The inputs the core's trace depends on. */
export type TraceInputs = Pick<
  LabState,
  'models' | 'kind' | 'events' | 'overrides' | 'original' | 'compare'
>;
