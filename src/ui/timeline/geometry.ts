/** The timeline's coordinates: one column per step across the width, a belt row over a risk row. */
import { scaleLinear } from 'd3-scale';

export const BELT_H = 46;
export const GAP = 10;
export const RISK_H = 70;
export const HEIGHT = BELT_H + GAP + RISK_H + 6;

/** The height of a reading's magnitude bar on the belt: 18 px at magnitude 1. */
export const barHeight = (magnitude: number): number => Math.max(1, magnitude * 18);

export interface Geometry {
  /** the width of one step's column */
  col: number;
  /** x of the left edge of step t's column */
  x(t: number): number;
  width: number;
}

/** Columns for T steps across `width` pixels. */
export function geometry(T: number, width: number): Geometry {
  const col = width / Math.max(1, T);
  return { col, x: (t) => t * col, width };
}

/** y of a probability on the risk row (0 at the bottom, 1 at the top) */
export const riskY = scaleLinear()
  .domain([0, 1])
  .range([BELT_H + GAP + RISK_H, BELT_H + GAP]);

/** The step under a pointer at clientX over an element spanning `rect`, clamped to 0 … T−1. */
export function stepAt(clientX: number, rect: { left: number; width: number }, T: number): number {
  if (rect.width <= 0) return 0;
  const t = Math.floor(((clientX - rect.left) / rect.width) * T);
  return Math.max(0, Math.min(T - 1, t));
}

/** Under this box width (a phone) a long sequence scrolls inside the timeline box… */
export const NARROW = 700;
/** …with each reading's column at least this wide, wide enough to tap. */
export const MIN_COL = 14;

/** How wide the timeline is drawn for T steps in a box `boxWidth` wide: wider only on a phone. */
export const drawnWidth = (T: number, boxWidth: number): number =>
  boxWidth < NARROW ? Math.max(boxWidth, T * MIN_COL) : boxWidth;
