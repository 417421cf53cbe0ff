/**
 * The conveyor timeline: the scanner readings as a row of icons with the jam-risk line p_t under
 * them. Click or tap a column to jump to it and edit its reading in place; drag to scrub. (The
 * "Time step" slider does the same from the keyboard.) On a phone a long sequence scrolls inside
 * the timeline's box, a column wide enough to tap, and the cursor's column is kept in view.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { SCENARIOS } from '../../data';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { MagnitudeHandle } from '../editor/MagnitudeHandle';
import { ExportControl } from '../export/ExportControl';
import { useWidth } from '../use-width';
import { Conveyor } from './Conveyor';
import { Cursor } from './Cursor';
import { ForcedBand } from './ForcedBand';
import { HEIGHT, drawnWidth, geometry, stepAt, type Geometry } from './geometry';
import { ReadingPopover } from './ReadingPopover';
import { RiskLegend } from './RiskLegend';
import { RiskLine } from './RiskLine';
import { useScrub } from './use-scrub';
import './timeline.css';
import './touch.css';

const selectEvents = (s: LabStore) => s.events;
const selectRisks = (s: LabStore) => s.risks;
const selectSeek = (s: LabStore) => s.seek;
const selectLearned = (s: LabStore) => s.baseline?.risks ?? null;
const selectOriginal = (s: LabStore) => s.originalRun?.risks ?? null;
const selectStory = (s: LabStore) =>
  SCENARIOS.find((c) => c.id === s.scenarioId)?.story ?? 'A sequence of your own.';

/**
 * The least scroll of a box `width` wide, now scrolled to `left`, that brings step t's column into
 * view (with a column to spare); null if it is in view. Worked out from what the timeline knows,
 * not read from the box: reading a scroll position forces a layout.
 */
function reveal(geo: Geometry, t: number, left: number, width: number): number | null {
  const [x0, x1] = [geo.x(t) - geo.col, geo.x(t + 1) + geo.col];
  const to = x0 < left ? Math.max(0, x0) : x1 > left + width ? x1 - width : left;
  return to === left ? null : to;
}

export function Timeline() {
  const events = useLab(selectEvents);
  const risks = useLab(selectRisks);
  const seek = useLab(selectSeek);
  const learned = useLab(selectLearned);
  const original = useLab(selectOriginal);
  const story = useLab(selectStory);
  const store = useLabStore();
  const [width, measure] = useWidth();
  const box = useRef<HTMLDivElement | null>(null);
  const boxRef = useCallback(
    (el: HTMLDivElement | null) => {
      box.current = el;
      measure(el);
    },
    [measure],
  );
  const [scroll, setScroll] = useState(0);
  const scrolled = useRef(0); // the box's scrollLeft, as last set or reported
  const [picked, setPicked] = useState(false);
  const unpick = useCallback(() => setPicked(false), []);
  const T = events.length;
  // while comparing, columns span the longer of the two sequences so both lines align step by step
  const span = Math.max(T, original?.length ?? 0);
  const drawn = drawnWidth(span, width);
  const geo = useMemo(() => geometry(span, drawn), [span, drawn]);

  const seekTo = (e: PointerEvent<SVGSVGElement>) =>
    seek(stepAt(e.clientX, e.currentTarget.getBoundingClientRect(), span));
  const gesture = useScrub(seekTo, () => setPicked(true));

  // the cursor's column stays in view of a box that scrolls (read from the store: no re-render)
  useEffect(() => {
    const el = box.current;
    if (!el || drawn <= width) return;
    const follow = (t: number) => {
      const left = reveal(geo, t, scrolled.current, width);
      if (left !== null) el.scrollLeft = scrolled.current = left;
    };
    follow(store.getState().t);
    return store.subscribe((s, prev) => s.t !== prev.t && follow(s.t));
  }, [store, geo, drawn, width]);

  return (
    <section className="panel timeline" aria-labelledby="timeline-heading">
      <ExportControl name="timeline" figure=".timeline-box" />
      <h2 id="timeline-heading">Conveyor timeline</h2>
      <p className="caption">
        <strong className="story">{story}</strong>{' '}
        <span className="hint">
          One reading per step, the jam risk under them; tap or drag to move.
        </span>
      </p>
      {/* the frame the popover is placed in: outside the box, which may scroll and clip it */}
      <div className="timeline-frame">
        <div
          ref={boxRef}
          className={`timeline-box ${drawn > width ? 'scrolls' : ''}`}
          // a box that scrolls sideways can be scrolled from the keyboard too (← → stay the step keys)
          {...(drawn > width && {
            tabIndex: 0,
            role: 'group',
            'aria-label': 'Readings (scroll sideways)',
          })}
          onScroll={(e) => setScroll((scrolled.current = e.currentTarget.scrollLeft))}
        >
          <svg
            width={drawn}
            height={HEIGHT}
            viewBox={`0 0 ${drawn} ${HEIGHT}`}
            className="timeline-svg"
            role="img"
            aria-label={`Scanner readings and jam risk over ${T} steps`}
            {...gesture}
          >
            <Conveyor events={events} geo={geo} />
            {risks && <RiskLine risks={risks} geo={geo} learned={learned} original={original} />}
            <ForcedBand geo={geo} />
            <Cursor geo={geo} />
            <MagnitudeHandle geo={geo} />
          </svg>
        </div>
        {picked && <ReadingPopover geo={geo} scroll={scroll} width={width} onClose={unpick} />}
      </div>
      <RiskLegend learned={learned !== null} original={original !== null} />
    </section>
  );
}
