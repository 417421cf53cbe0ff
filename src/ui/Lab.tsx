/**
 * The lab page. The slim bar on top; under it the stage — readings in (the conveyor timeline), the
 * cell at step t (the diagram, large), the prediction out (the jam risk against the truth) and the
 * transport — which is the first screen; then the depth, one scroll down, in the order the panel
 * table gives. The lesson docks beside the lab (a bottom sheet on a phone). Playback, the keys and
 * the link are wired here, once.
 */
import type { LabStore } from '../state/lab-state';
import { useLab } from '../state/use-lab';
import { AsideOffer } from './AsideOffer';
import { HelpOverlay } from './keys/HelpOverlay';
import { useShortcuts } from './keys/use-shortcuts';
import { useLecture } from './lecture/use-lecture';
import { Lesson } from './lesson/Lesson';
import { PanelSlot } from './PanelSlot';
import { PANELS } from './panels';
import { SaveRecovery } from './SaveRecovery';
import { Dock } from './stage/Dock';
import { Prediction } from './stage/Prediction';
import { TopBar } from './TopBar';
import { useLinkSync } from './use-link';
import { usePlayback } from './use-playback';
import './layout.css';

const selectNotice = (s: LabStore) => s.notice;
const selectLessonOpen = (s: LabStore) => s.lesson !== null;

const [TIMELINE, DIAGRAM] = PANELS.filter((p) => p.layer === 'stage');
const DEPTH = PANELS.filter((p) => p.layer === 'depth');

export function Lab() {
  usePlayback();
  useShortcuts();
  useLinkSync();
  const notice = useLab(selectNotice);
  const { lecture, shown } = useLecture();
  const lesson = useLab(selectLessonOpen);
  return (
    <div className={`page ${lecture ? 'lecture' : ''} ${lesson ? 'with-lesson' : ''}`}>
      <TopBar />
      <div className="workspace">
        <main className={lecture ? 'lab lecture' : 'lab'}>
          {notice && (
            <p className="notice" role="alert">
              {notice}
            </p>
          )}
          <SaveRecovery />
          <AsideOffer />
          <div className="stage">
            {shown('timeline') && <PanelSlot spec={TIMELINE} />}
            {shown('diagram') && <PanelSlot spec={DIAGRAM} />}
            <Prediction />
            <Dock />
          </div>
          <div className="depth">
            {DEPTH.filter((p) => shown(p.id)).map((p) => (
              <PanelSlot key={p.id} spec={p} />
            ))}
          </div>
        </main>
        {lesson && <Lesson />}
      </div>
      <HelpOverlay />
    </div>
  );
}
