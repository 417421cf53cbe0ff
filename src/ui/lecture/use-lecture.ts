/** Lecture mode as the page reads it: whether it is on, and whether a panel or control shows. */
import type { ControlId, LabStore, PanelId } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { LESSON_STEPS } from '../lesson/steps';

const selectLecture = (s: LabStore) => s.lecture;
const selectPanels = (s: LabStore) => s.hiddenPanels;
const selectControls = (s: LabStore) => s.hiddenControls;
/** the panel the open lesson step points at, which shows even if lecture mode hides it */
const selectLessonPanel = (s: LabStore) =>
  s.lesson === null ? null : (LESSON_STEPS[s.lesson]?.panel ?? null);

/**
 * `lecture`, `shown(panel)` and `showsControl(control)`: outside lecture mode everything shows; in
 * it, what the instructor picked, plus the panel the open lesson step points at.
 */
export function useLecture(): {
  lecture: boolean;
  shown(id: PanelId): boolean;
  showsControl(id: ControlId): boolean;
} {
  const lecture = useLab(selectLecture);
  const panels = useLab(selectPanels);
  const controls = useLab(selectControls);
  const lessonPanel = useLab(selectLessonPanel);
  return {
    lecture,
    shown: (id) => !lecture || !panels.includes(id) || id === lessonPanel,
    showsControl: (id) => !lecture || !controls.includes(id),
  };
}
