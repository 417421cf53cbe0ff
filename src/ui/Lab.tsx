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
import { SaveStatus } from './SaveStatus';
import { Dock } from './stage/Dock';
import { Prediction } from './stage/Prediction';
import { TopBar } from './TopBar';
import { TURN, useTurn } from './turns';
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
  const timeline = useTurn(TURN.timeline);
  const diagram = useTurn(TURN.diagram);
  const prediction = useTurn(TURN.prediction);
  const dock = useTurn(TURN.dock);
  const rest = useTurn(TURN.rest);
  return (
    <div className={`page ${lecture ? 'lecture' : ''} ${lesson ? 'with-lesson' : ''}`}>
      <TopBar />
      <div className="workspace">
        {/* busy while the first screen is still arriving (turns.tsx) */}
        <main className={lecture ? 'lab lecture' : 'lab'} aria-busy={rest ? undefined : true}>
          {notice && (
            <p className="notice" role="alert">
              {notice.text}
            </p>
          )}
          <SaveStatus />
          <SaveRecovery />
          <AsideOffer />
          <div className="stage">
            {timeline && shown('timeline') && <PanelSlot spec={TIMELINE} />}
            {diagram && shown('diagram') && <PanelSlot spec={DIAGRAM} />}
            {prediction && <Prediction />}
            {dock && <Dock />}
          </div>
          <div className="depth">
            {rest && DEPTH.filter((p) => shown(p.id)).map((p) => <PanelSlot key={p.id} spec={p} />)}
          </div>
        </main>
        {rest && lesson && <Lesson />}
      </div>
      {rest && <HelpOverlay />}
    </div>
  );
}
