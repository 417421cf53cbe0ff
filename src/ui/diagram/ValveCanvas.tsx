/**
 * The diagram's valves on one canvas under the SVG. A step recolours a few hundred valves; as
 * SVG rects that was hundreds of attribute writes, style and raster per step, the lab's largest
 * per-step cost (see npm run bench:ui). The canvas redraws them in one pass before paint. The
 * valves' own colours are data (viridis, PuOr); the track, the forced outline and the ghosts'
 * edges are tokens (canvas-palette.ts), redrawn when the theme or lecture mode changes.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Trace } from '../../core';
import type { LabStore } from '../../state/lab-state';
import { useLab } from '../../state/use-lab';
import { useTheme } from '../theme';
import { TURN, useTurn } from '../turns';
import { palette, type Palette } from './canvas-palette';
import type { ViewRows } from './lecture-names';
import { STACK, VIEW, type Layout } from './nodes';
import { layoutGhosts, layoutValves, stackTop, type Ghost } from './valves';

interface Props {
  layout: Layout;
  trace: Trace;
  /** the run as learned, while gates are forced: its values are drawn as ghosts */
  learned: Trace | null;
  t: number;
  /** the rendered width in CSS pixels, for the backing store (CSS fits the canvas to the figure) */
  width: number;
  /** the view's rows the SVG over it shows */
  rows: ViewRows;
}

/** Learned gate openings as ticks, learned states as strips set off by an edge of the surface. */
function drawGhosts(ctx: CanvasRenderingContext2D, ghosts: readonly Ghost[], palette: Palette) {
  ctx.setLineDash([]);
  for (const g of ghosts) {
    if (g.kind === 'tick') {
      ctx.strokeStyle = palette.resolve(g.fill);
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(g.x, g.y + 1);
      ctx.lineTo(g.x, g.y + g.h - 1);
      ctx.stroke();
    } else {
      ctx.fillStyle = palette.edge;
      ctx.fillRect(g.x - 1, g.y, 1, g.h);
      ctx.fillStyle = g.fill;
      ctx.fillRect(g.x, g.y, g.w, g.h);
    }
  }
}

const selectLecture = (s: LabStore) => s.lecture;
const NONE: readonly string[] = [];
const selectHeld = (s: LabStore): readonly string[] => s.models[s.kind]?.removed ?? NONE;

export function ValveCanvas({ layout, trace, learned, t, width, rows }: Props) {
  // a frame after the rest of the figure (turns.tsx): the first draw gets a frame of its own
  const shown = useTurn(TURN.valves);
  const ref = useRef<HTMLCanvasElement>(null);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const height = (width * rows.height) / VIEW.width;
  const theme = useTheme();
  const lecture = useLab(selectLecture);
  const held = useLab(selectHeld);
  // read while rendering, before this render's changes reach the page (canvas-palette.ts)
  const colours = useMemo(() => (shown ? palette(theme, lecture) : null), [shown, theme, lecture]);
  useLayoutEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx || !colours) return; // no 2D canvas (jsdom): the SVG still carries every value
    const k = (width * dpr) / VIEW.width;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(k, 0, 0, k, 0, -rows.y * k);
    // the track: what a shut valve leaves showing
    ctx.fillStyle = colours.track;
    for (const node of layout.nodes)
      ctx.fillRect(node.x - STACK.width / 2, stackTop(node), STACK.width, STACK.height);
    const valves = layoutValves(layout, trace, t, held);
    for (const v of valves) {
      ctx.fillStyle = v.fill;
      ctx.fillRect(v.x, v.y, v.w, v.h);
    }
    ctx.strokeStyle = colours.forced;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 1]);
    for (const v of valves.filter((v) => v.forced))
      ctx.strokeRect(v.x + 0.75, v.y + 0.75, Math.max(v.w, 3) - 1.5, v.h - 1.5);
    if (learned) drawGhosts(ctx, layoutGhosts(layout, trace, learned, t), colours);
  }, [layout, trace, learned, t, width, dpr, rows, colours, held]);
  if (!shown) return null;
  return (
    <canvas
      ref={ref}
      className="valve-canvas"
      width={Math.round(width * dpr)}
      height={Math.round(height * dpr)}
      aria-hidden="true"
    />
  );
}
