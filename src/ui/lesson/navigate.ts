/**
 * Moving through the lesson: the store keeps which step is open; arriving at a step puts the lab
 * into that step's state. Only a move applies a step — a lesson reopened from a link or a reload
 * shows the lab as it was left. Each function takes the store's state and calls its verbs.
 */
import type { LabStore } from '../../state/lab-state';
import { applyStep } from './apply';
import { LESSON_STEPS } from './steps';

/** Opens the lesson at its first step. */
export function startLesson(s: LabStore): void {
  s.startLesson();
  applyStep(s, LESSON_STEPS[0]);
}

/** Goes to step `at` of the open lesson (LESSON_STEPS.length: the knowledge check). */
export function goToStep(s: LabStore, at: number): void {
  if (s.lesson === null || at === s.lesson || at < 0 || at > LESSON_STEPS.length) return;
  s.setLessonStep(at);
  if (at < LESSON_STEPS.length) applyStep(s, LESSON_STEPS[at]);
}

/** The next step (nothing at the knowledge check, or with no lesson open). */
export const nextStep = (s: LabStore) => goToStep(s, (s.lesson ?? 0) + 1);

/** The step before (nothing at the first step, or with no lesson open). */
export const previousStep = (s: LabStore) => goToStep(s, (s.lesson ?? 0) - 1);
