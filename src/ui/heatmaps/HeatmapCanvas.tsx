/**
 * The body of one heatmap: every (unit, step) cell, one canvas pixel each, stretched by CSS.
 * A canvas, not SVG rects: at H = 32, T = 200 six maps would be 38,400 DOM nodes to lay out and
 * re-render on every trace change; one canvas per map is one node, drawn in one call.
 * Memoised on the trace's arrays, so a change of step never redraws it.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { SeriesName } from '../names';
import { cellFills } from './heatmap-cells';
import { writePixels } from './heatmap-pixels';

interface Props {
  series: SeriesName;
  rows: readonly Float64Array[];
  H: number;
}

function HeatmapCanvasImpl({ series, rows, H }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const T = rows.length;
  const fills = useMemo(() => cellFills(rows, H, series), [rows, H, series]);

  useEffect(() => {
    // null where there is no 2D canvas (jsdom): the overlay and readout still work
    const ctx = ref.current?.getContext('2d');
    if (!ctx || T === 0 || H === 0) return;
    // fills are unit-major like the canvas's rows: pixel (x = t, y = j) is fills[j * T + t]
    const image = ctx.createImageData(T, H);
    writePixels(fills, image.data);
    ctx.putImageData(image, 0, 0);
  }, [fills, H, T]);

  return <canvas ref={ref} className="heatmap-canvas" width={T} height={H} aria-hidden="true" />;
}

export const HeatmapCanvas = memo(HeatmapCanvasImpl);
