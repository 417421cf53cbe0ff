/** The top bar: which model, which scenario, the transport, the time step and the jam risk. */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { JamRisk } from './JamRisk';
import { LectureToggle } from './lecture/LectureToggle';
import { StartLesson } from './lesson/StartLesson';
import { ModelChoice } from './topbar/ModelChoice';
import { ScenarioChoice } from './topbar/ScenarioChoice';
import { TimeSlider } from './topbar/TimeSlider';
import { Transport } from './topbar/Transport';

const selectSetHelpOpen = (s: LabStore) => s.setHelpOpen;

export function TopBar() {
  const setHelpOpen = useLab(selectSetHelpOpen);
  return (
    <div className="top-bar">
      <div className="choices">
        <ModelChoice />
        <ScenarioChoice />
        <JamRisk />
      </div>
      <div className="playback">
        <Transport />
        <TimeSlider />
        <button
          type="button"
          className="keys"
          onClick={() => setHelpOpen(true)}
          aria-keyshortcuts="?"
        >
          Keyboard shortcuts
        </button>
        <LectureToggle />
        <StartLesson />
      </div>
    </div>
  );
}
