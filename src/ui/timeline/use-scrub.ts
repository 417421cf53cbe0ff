/**
 * The timeline's pointer gesture, the same for a mouse, a pen and a finger (pointer events only).
 * A mouse or pen jumps on press and scrubs while dragging; a finger waits to see which way it
 * moves — sideways scrubs, up or down does nothing — so a thumb that meant to scroll does not jump
 * in time. A press released where it started is a tap: it picks the reading (`onTap`).
 */
import { useRef, type PointerEvent } from 'react';

/** Pixels a pointer may wander and still count as a tap. */
export const SLOP = 5;

interface Gesture {
  id: number;
  x0: number;
  y0: number;
  /** moved beyond the slop: a drag, not a tap */
  moved: boolean;
  /** seeking as it moves */
  scrubbing: boolean;
}

/** Handlers for the timeline's SVG; `seekAt` moves to the column under a clientX. */
export function useScrub(seekAt: (e: PointerEvent<SVGSVGElement>) => void, onTap: () => void) {
  const gesture = useRef<Gesture | null>(null);
  return {
    onPointerDown(e: PointerEvent<SVGSVGElement>) {
      const touch = e.pointerType === 'touch';
      const { pointerId: id, clientX: x0, clientY: y0 } = e;
      gesture.current = { id, x0, y0, moved: false, scrubbing: !touch };
      if (touch) return;
      e.currentTarget.setPointerCapture?.(e.pointerId);
      seekAt(e);
    },
    onPointerMove(e: PointerEvent<SVGSVGElement>) {
      const g = gesture.current;
      if (!g || g.id !== e.pointerId) return;
      const [dx, dy] = [e.clientX - g.x0, e.clientY - g.y0];
      if (Math.hypot(dx, dy) > SLOP) g.moved = true;
      // a finger scrubs once it has gone more sideways than up or down
      if (!g.scrubbing && g.moved && Math.abs(dx) >= Math.abs(dy)) g.scrubbing = true;
      if (g.scrubbing) seekAt(e);
    },
    onPointerUp(e: PointerEvent<SVGSVGElement>) {
      const g = gesture.current;
      gesture.current = null;
      if (!g || g.id !== e.pointerId || g.moved) return;
      if (!g.scrubbing) seekAt(e); // a finger's tap jumps on release
      onTap();
    },
    onPointerCancel() {
      gesture.current = null;
    },
  };
}
