/** Puts the lab into a lesson step's state with the store's own verbs. */
import type { LabStore } from '../../state/lab-state';
import { stepOf, type LessonStep } from './steps';

/** Applies a step: its model, a fresh copy of its scenario, its forced gates over every unit and step, its t. */
export function applyStep(s: LabStore, step: LessonStep): void {
  // the verbs read the store's current state themselves: `s` may be a snapshot
  s.pause();
  s.setKind(step.kind);
  s.setScenario(step.scenarioId);
  s.setForceScope({ units: null, steps: null });
  s.setOverrides(step.overrides);
  s.seek(stepOf(step.t, step.scenarioId));
}
