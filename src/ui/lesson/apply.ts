/** Puts the lab into a lesson step's state, in one change of the store. */
import type { LabStore } from '../../state/lab-state';
import { stepOf, type LessonStep } from './steps';

/** Applies a step: its model, a fresh copy of its scenario, its forced gates over every unit and step, its t. */
export function applyStep(s: LabStore, step: LessonStep): void {
  const { kind, scenarioId, overrides, t } = step;
  s.showLessonView({ kind, scenarioId, overrides, t: stepOf(t, scenarioId) });
}
