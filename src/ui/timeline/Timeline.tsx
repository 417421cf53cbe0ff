/**
 * The conveyor timeline: the scanner readings as a row of icons with the jam-risk line p_t under
 * them. Click a column to jump to it; drag to scrub. (The "Time step" slider does the same from
 * the keyboard.)
 */
import { useMemo, useRef, type PointerEvent } from 'react';
import { SCENARIOS } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { MagnitudeHandle } from '../editor/MagnitudeHandle';
import { ExportControl } from '../export/ExportControl';
import { useWidth } from '../use-width';
import { Conveyor } from './Conveyor';
import { Cursor } from './Cursor';
import { ForcedBand } from './ForcedBand';
import { HEIGHT, geometry, stepAt } from './geometry';
import { RiskLegend } from './RiskLegend';
import { RiskLine } from './RiskLine';
import './timeline.css';

const selectEvents = (s: LabStore) => s.events;
const selectRisks = (s: LabStore) => s.risks;
const selectSeek = (s: LabStore) => s.seek;
const selectLearned = (s: LabStore) => s.baseline?.risks ?? null;
const selectOriginal = (s: LabStore) => s.originalRun?.risks ?? null;
const selectStory = (s: LabStore) =>
  SCENARIOS.find((c) => c.id === s.scenarioId)?.story ?? 'A sequence of your own.';

export function Timeline() {
  const events = useLab(selectEvents);
  const risks = useLab(selectRisks);
  const seek = useLab(selectSeek);
  const learned = useLab(selectLearned);
  const original = useLab(selectOriginal);
  const story = useLab(selectStory);
  const [width, box] = useWidth();
  const dragging = useRef(false);
  const T = events.length;
  // while comparing, columns span the longer of the two sequences so both lines align step by step
  const span = Math.max(T, original?.length ?? 0);
  const geo = useMemo(() => geometry(span, width), [span, width]);

  const seekTo = (e: PointerEvent<SVGSVGElement>) =>
    seek(stepAt(e.clientX, e.currentTarget.getBoundingClientRect(), span));

  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <ExportControl name="timeline" figure=".timeline-box" />
      <h2 id="timeline-heading">Conveyor timeline</h2>
      <p className="caption">
        <strong className="story">{story}</strong> One scanner reading per step; the line under them
        is the model’s jam risk after each one. Click or drag to move through time.
      </p>
      <div ref={box} className="timeline-box">
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          className="timeline-svg"
          role="img"
          aria-label={`Scanner readings and jam risk over ${T} steps`}
          onPointerDown={(e) => {
            dragging.current = true;
            e.currentTarget.setPointerCapture?.(e.pointerId);
            seekTo(e);
          }}
          onPointerMove={(e) => dragging.current && seekTo(e)}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
        >
          <Conveyor events={events} geo={geo} />
          {risks && <RiskLine risks={risks} geo={geo} learned={learned} original={original} />}
          <ForcedBand geo={geo} />
          <Cursor geo={geo} />
          <MagnitudeHandle geo={geo} />
        </svg>
      </div>
      <RiskLegend learned={learned !== null} original={original !== null} />
    </section>
  );
}
