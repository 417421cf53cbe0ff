/**
 * The magnitude handle: a knob on top of the current reading's bar on the timeline. Dragging it up
 * or down changes that reading's magnitude; the drag is its own gesture (it never scrubs time) and
 * one undo step. The "Magnitude" slider in the editor does the same from the keyboard.
 *
 * A mouse or pen takes the handle at once. A finger's target is as wide as the bar's column, so a
 * finger waits to see which way it moves, as the timeline's own gesture does: up or down drags the
 * magnitude; sideways is the timeline's scrub, and a tap is the timeline's tap (it picks the
 * reading), so a thumb that meant to scrub from the current step does not change its reading.
 */
import { useRef, type PointerEvent } from 'react';
import type { LabStore } from '../../state/lab-state';
import { selectStep } from '../../state/selectors';
import { useLab } from '../../state/use-lab';
import { BELT_H, barHeight, type Geometry } from '../timeline/geometry';
import { SLOP } from '../timeline/use-scrub';
import './editor.css';

/** Pixels of vertical drag for the whole range 0 … 1 (the bar itself is too short to aim at). */
export const DRAG_PX = 100;

const selectReading = (s: LabStore) => s.events[s.t];
const selectChange = (s: LabStore) => s.changeEvent;

/** The magnitude after dragging from `m0` by `dy` pixels (up is positive), on the slider's 0.01 grid. */
export const draggedMagnitude = (m0: number, dy: number): number =>
  Math.round(Math.max(0, Math.min(1, m0 + dy / DRAG_PX)) * 100) / 100;

interface Drag {
  x0: number;
  y0: number;
  m0: number;
  /** the step whose reading it changes */
  at: number;
  /** the handle's (true), the timeline's (null), or a finger not yet decided (false) */
  mine: boolean | null;
}

export function MagnitudeHandle({ geo }: { geo: Geometry }) {
  const t = useLab(selectStep);
  const reading = useLab(selectReading);
  const changeEvent = useLab(selectChange);
  const drag = useRef<Drag | null>(null);
  if (!reading) return null;

  const cx = geo.x(t) + geo.col / 2;
  const cy = BELT_H - 3 - barHeight(reading.magnitude);
  const start = (e: PointerEvent<SVGGElement>) => {
    const touch = e.pointerType === 'touch';
    // the timeline scrubs on pointerdown; a mouse's or pen's press here is the handle's alone
    if (!touch) e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { x0: e.clientX, y0: e.clientY, m0: reading.magnitude, at: t, mine: !touch };
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const [dx, dy] = [e.clientX - d.x0, d.y0 - e.clientY];
    // a finger's drag is the handle's once it has gone more up or down than sideways
    if (d.mine === false && Math.hypot(dx, dy) > SLOP)
      d.mine = Math.abs(dy) > Math.abs(dx) ? true : null;
    if (!d.mine) return; // undecided, or the timeline's scrub: the timeline hears it
    e.stopPropagation();
    changeEvent(d.at, { magnitude: draggedMagnitude(d.m0, dy) });
  };
  const end = (e: PointerEvent<SVGGElement>) => {
    if (drag.current?.mine) e.stopPropagation();
    drag.current = null;
  };
  return (
    <g
      className="magnitude-handle"
      data-step={t}
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <title>Drag up or down to change this reading’s magnitude</title>
      <circle cx={cx} cy={cy} r={11} className="hit" />
      <circle cx={cx} cy={cy} r={4.5} className="knob" />
    </g>
  );
}
