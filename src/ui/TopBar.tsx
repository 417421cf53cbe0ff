/**
 * The slim bar over the lab: the name, which model, which scenario, the lesson, lecture mode, the
 * theme and the shortcut help — in lecture mode only the controls the instructor picked (lecture
 * mode's own toggle and its chooser always show).
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { LectureToggle } from './lecture/LectureToggle';
import { useLecture } from './lecture/use-lecture';
import { StartLesson } from './lesson/StartLesson';
import { ModelChoice } from './topbar/ModelChoice';
import { ScenarioChoice } from './topbar/ScenarioChoice';
import { ThemeToggle } from './topbar/ThemeToggle';

const selectSetHelpOpen = (s: LabStore) => s.setHelpOpen;

export function TopBar() {
  const setHelpOpen = useLab(selectSetHelpOpen);
  const { showsControl } = useLecture();
  return (
    <header className="top-bar">
      <h1 className="brand">Gate Lab</h1>
      <div className="choices">
        {showsControl('model') && <ModelChoice />}
        {showsControl('scenario') && <ScenarioChoice />}
      </div>
      <div className="bar-actions">
        {showsControl('lesson') && <StartLesson />}
        <LectureToggle />
        <ThemeToggle />
        {showsControl('shortcuts') && (
          <button
            type="button"
            className="keys"
            onClick={() => setHelpOpen(true)}
            aria-keyshortcuts="?"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
          >
            ?
          </button>
        )}
      </div>
    </header>
  );
}
