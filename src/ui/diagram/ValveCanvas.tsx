/**
 * The diagram's valves on one canvas under the SVG. A step recolours a few hundred valves; as
 * SVG rects that was hundreds of attribute writes, style and raster per step, the lab's largest
 * per-step cost (see npm run bench:ui). The canvas redraws them in one pass before paint.
 */
import { useLayoutEffect, useRef } from 'react';
import type { Trace } from '../../core';
import { STACK, VIEW, type Layout } from './nodes';
import { layoutValves, stackTop } from './valves';

interface Props {
  layout: Layout;
  trace: Trace;
  t: number;
  /** the rendered width in CSS pixels (the height follows the view's aspect) */
  width: number;
}

export function ValveCanvas({ layout, trace, t, width }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const height = (width * VIEW.height) / VIEW.width;
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return; // no 2D canvas (jsdom): the SVG still carries every value
    const k = (width * dpr) / VIEW.width;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(k, 0, 0, k, 0, 0);
    // the track: what a shut valve leaves showing
    ctx.fillStyle = '#f1f2ee';
    for (const node of layout.nodes)
      ctx.fillRect(node.x - STACK.width / 2, stackTop(node), STACK.width, STACK.height);
    const valves = layoutValves(layout, trace, t);
    for (const v of valves) {
      ctx.fillStyle = v.fill;
      ctx.fillRect(v.x, v.y, v.w, v.h);
    }
    ctx.strokeStyle = '#b3261e';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 1]);
    for (const v of valves.filter((v) => v.forced))
      ctx.strokeRect(v.x + 0.75, v.y + 0.75, Math.max(v.w, 3) - 1.5, v.h - 1.5);
  }, [layout, trace, t, width, dpr]);
  return (
    <canvas
      ref={ref}
      className="valve-canvas"
      width={Math.round(width * dpr)}
      height={Math.round(height * dpr)}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
