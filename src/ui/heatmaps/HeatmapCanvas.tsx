/**
 * The body of one heatmap: every (unit, step) cell, one canvas pixel each, stretched by CSS.
 * A canvas, not SVG rects: at H = 32, T = 200 six maps would be 38,400 DOM nodes to lay out and
 * re-render on every trace change; one canvas per map is one node, drawn in one call.
 * Memoised on the trace's arrays, so a change of step never redraws it. With a ghost (the run as
 * learned while gates are forced) each unit's row is split: the run shown above, the ghost below.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import type { SeriesName } from '../names';
import { GHOST_ROWS, cellFills, cellFillsWithGhost } from './heatmap-cells';
import { writePixels } from './heatmap-pixels';

interface Props {
  series: SeriesName;
  rows: readonly Float64Array[];
  H: number;
  /** the same series as learned, while gates are forced */
  ghost?: readonly Float64Array[] | null;
}

function HeatmapCanvasImpl({ series, rows, H, ghost }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const T = rows.length;
  const fills = useMemo(
    () => (ghost ? cellFillsWithGhost(rows, ghost, H, series) : cellFills(rows, H, series)),
    [rows, ghost, H, series],
  );
  const pixelRows = ghost ? GHOST_ROWS * H : H;

  useEffect(() => {
    // null where there is no 2D canvas (jsdom): the overlay and readout still work
    const ctx = ref.current?.getContext('2d');
    if (!ctx || T === 0 || H === 0) return;
    // fills are row-major like the canvas: pixel (x = t, y) is fills[y * T + t]
    const image = ctx.createImageData(T, pixelRows);
    writePixels(fills, image.data);
    ctx.putImageData(image, 0, 0);
  }, [fills, pixelRows, T, H]);

  return (
    <canvas ref={ref} className="heatmap-canvas" width={T} height={pixelRows} aria-hidden="true" />
  );
}

export const HeatmapCanvas = memo(HeatmapCanvasImpl);
