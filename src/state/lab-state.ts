/**
 * The lab's state: which model, which sequence, which gates are forced, where playback is — and
 * the trace the core computed from them. The trace is derived: every action that changes an input
 * commits a new trace (and jam-risk line) at once, and nothing in the state is mutated afterwards.
 */
import type { CellKind, GateOverride, Model, Trace } from '../core';
import type { ScanEvent, ScenarioId } from '../data';

export interface LabState {
  /** the models the lab can show, by kind (the shipped presets once loaded) */
  models: Readonly<Partial<Record<CellKind, Model>>>;
  kind: CellKind;
  /** the curated scenario the sequence came from, or 'custom' once edited */
  scenarioId: ScenarioId | 'custom';
  events: readonly ScanEvent[];
  overrides: readonly GateOverride[];
  /** the current step, 0-based */
  t: number;
  playing: boolean;
  /** steps per second while playing */
  speed: number;
  /** the core's run of models[kind] over events with overrides; null until that model is loaded */
  trace: Trace | null;
  /** p_t = σ(w·h_t + b) for every step of the trace */
  risks: Float64Array | null;
  /** what went wrong with the last action, if it was refused */
  notice: string | null;
}

export interface LabActions {
  setModels(models: Partial<Record<CellKind, Model>>): void;
  setKind(kind: CellKind): void;
  setScenario(id: ScenarioId): void;
  setEvents(events: readonly ScanEvent[]): void;
  setOverrides(overrides: readonly GateOverride[]): void;
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

export type LabStore = LabState & LabActions;
