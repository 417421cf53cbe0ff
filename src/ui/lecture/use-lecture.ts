/** Lecture mode as the page reads it: whether it is on, and whether a panel shows. */
import type { LabStore, PanelId } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';

const selectLecture = (s: LabStore) => s.lecture;
const selectHidden = (s: LabStore) => s.hiddenPanels;

/** `lecture` and `shown(id)`: outside lecture mode every panel shows. */
export function useLecture(): { lecture: boolean; shown(id: PanelId): boolean } {
  const lecture = useLab(selectLecture);
  const hidden = useLab(selectHidden);
  return { lecture, shown: (id) => !lecture || !hidden.includes(id) };
}
