/** The "Lecture mode" toggle button, and in lecture mode the "Panels" control beside it. */
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { PanelsControl } from './PanelsControl';
import './controls.css';
import './lecture.css';

const selectLecture = (s: LabStore) => s.lecture;
const selectSetLecture = (s: LabStore) => s.setLecture;

export function LectureToggle() {
  const lecture = useLab(selectLecture);
  const setLecture = useLab(selectSetLecture);
  return (
    <div className="lecture-controls">
      <button
        type="button"
        className="lecture-toggle"
        aria-pressed={lecture}
        aria-label="Lecture mode"
        onClick={() => setLecture(!lecture)}
      >
        Lecture<span className="narrow-sr"> mode</span>
      </button>
      {lecture && <PanelsControl />}
    </div>
  );
}
