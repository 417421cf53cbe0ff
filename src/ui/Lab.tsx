/**
 * The lab page: the top bar over the timeline and its editor, the gate controls, the cell diagram,
 * the equations, the heatmaps, the gradient flow and the training panel, all reading one store.
 * Playback and the keyboard shortcuts are wired here, once.
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { CellDiagram } from './diagram/CellDiagram';
import { SequenceEditor } from './editor/SequenceEditor';
import { Equations } from './equations/Equations';
import { GateControls } from './gates/GateControls';
import { GradientFlow } from './gradients/GradientFlow';
import { Heatmaps } from './heatmaps/Heatmaps';
import { HelpOverlay } from './keys/HelpOverlay';
import { useLecture } from './lecture/use-lecture';
import { Lesson } from './lesson/Lesson';
import { useShortcuts } from './keys/use-shortcuts';
import { Timeline } from './timeline/Timeline';
import { SaveRecovery } from './SaveRecovery';
import { AsideOffer } from './AsideOffer';
import { TopBar } from './TopBar';
import { TrainingPanel } from './training/TrainingPanel';
import { useLinkSync } from './use-link';
import { usePlayback } from './use-playback';

const selectNotice = (s: LabStore) => s.notice;
const selectLessonOpen = (s: LabStore) => s.lesson !== null;

export function Lab() {
  usePlayback();
  useShortcuts();
  useLinkSync();
  const notice = useLab(selectNotice);
  const { lecture, shown } = useLecture();
  const lesson = useLab(selectLessonOpen);
  return (
    <main className={lecture ? 'lab lecture' : 'lab'}>
      <header className="masthead">
        <h1>Gate Lab</h1>
        <p className="lede">
          Step through a warehouse scanner sequence and watch each gate decide what to keep, forget,
          write and expose.
        </p>
      </header>
      <TopBar />
      {lesson && <Lesson />}
      {notice && (
        <p className="notice" role="alert">
          {notice}
        </p>
      )}
      <SaveRecovery />
      <AsideOffer />
      {shown('timeline') && <Timeline />}
      {shown('gates') && <GateControls />}
      {shown('editor') && <SequenceEditor />}
      {shown('diagram') && <CellDiagram />}
      {shown('equations') && <Equations />}
      {shown('heatmaps') && <Heatmaps />}
      {shown('gradients') && <GradientFlow />}
      {shown('training') && <TrainingPanel />}
      <HelpOverlay />
    </main>
  );
}
