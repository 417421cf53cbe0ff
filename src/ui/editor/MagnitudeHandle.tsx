/**
 * The magnitude handle: a knob on top of the current reading's bar on the timeline. Dragging it up
 * or down changes that reading's magnitude; the drag is its own gesture (it never scrubs time) and
 * one undo step. The "Magnitude" slider in the editor does the same from the keyboard.
 */
import { useRef, type PointerEvent } from 'react';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { BELT_H, barHeight, type Geometry } from '../timeline/geometry';
import './editor.css';

/** Pixels of vertical drag for the whole range 0 … 1 (the bar itself is too short to aim at). */
export const DRAG_PX = 100;

const selectT = (s: LabStore) => s.t;
const selectReading = (s: LabStore) => s.events[s.t];
const selectChange = (s: LabStore) => s.changeEvent;

/** The magnitude after dragging from `m0` by `dy` pixels (up is positive), on the slider's 0.01 grid. */
export const draggedMagnitude = (m0: number, dy: number): number =>
  Math.round(Math.max(0, Math.min(1, m0 + dy / DRAG_PX)) * 100) / 100;

export function MagnitudeHandle({ geo }: { geo: Geometry }) {
  const t = useLab(selectT);
  const reading = useLab(selectReading);
  const changeEvent = useLab(selectChange);
  const drag = useRef<{ y0: number; m0: number; at: number } | null>(null);
  if (!reading) return null;

  const cx = geo.x(t) + geo.col / 2;
  const cy = BELT_H - 3 - barHeight(reading.magnitude);
  const start = (e: PointerEvent<SVGGElement>) => {
    // the timeline scrubs on pointerdown; this gesture is the handle's alone
    e.stopPropagation();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { y0: e.clientY, m0: reading.magnitude, at: t };
  };
  const move = (e: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    e.stopPropagation();
    changeEvent(d.at, { magnitude: draggedMagnitude(d.m0, d.y0 - e.clientY) });
  };
  const end = () => (drag.current = null);
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
