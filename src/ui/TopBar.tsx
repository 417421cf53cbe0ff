/**
 * The top bar: which model, which scenario, the transport, the time step and the jam risk — in
 * lecture mode only the controls the instructor picked (the jam risk, lecture mode's own toggle
 * and its chooser always show).
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { JamRisk } from './JamRisk';
import { LectureToggle } from './lecture/LectureToggle';
import { useLecture } from './lecture/use-lecture';
import { StartLesson } from './lesson/StartLesson';
import { ModelChoice } from './topbar/ModelChoice';
import { ScenarioChoice } from './topbar/ScenarioChoice';
import { TimeSlider } from './topbar/TimeSlider';
import { Transport } from './topbar/Transport';

const selectSetHelpOpen = (s: LabStore) => s.setHelpOpen;

export function TopBar() {
  const setHelpOpen = useLab(selectSetHelpOpen);
  const { showsControl } = useLecture();
  return (
    <div className="top-bar">
      <div className="choices">
        {showsControl('model') && <ModelChoice />}
        {showsControl('scenario') && <ScenarioChoice />}
        <JamRisk />
      </div>
      <div className="playback">
        {showsControl('transport') && <Transport />}
        {showsControl('time') && <TimeSlider />}
        {showsControl('shortcuts') && (
          <button
            type="button"
            className="keys"
            onClick={() => setHelpOpen(true)}
            aria-keyshortcuts="?"
          >
            Keyboard shortcuts
          </button>
        )}
        <LectureToggle />
        {showsControl('lesson') && <StartLesson />}
      </div>
    </div>
  );
}
