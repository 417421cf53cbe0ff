/**
 * The cell grid of one heatmap, computed without the DOM: which per-step arrays of the trace a
 * series reads, and the colour of every (unit, step) cell on that series' scale.
 */
import type { Trace } from '../../core';
import type { SeriesName } from '../names';
import { gatesOf } from '../trace-read';
import { colorOf } from '../scales';

/** The series' values by step: rows[t][j] is unit j at step t (a state, or a gate's activations). */
export function seriesRows(trace: Trace, s: SeriesName): readonly Float64Array[] {
  const rows = s === 'h' || s === 'c' ? trace.states[s]?.at : gatesOf(trace)[s];
  if (!rows) throw new Error(`a ${trace.kind} trace has no series ${s}`);
  return rows;
}

/** Every cell's colour, unit-major: fills[j * T + t] colours unit j at step t. */
export function cellFills(rows: readonly Float64Array[], H: number, s: SeriesName): string[] {
  // clamped: the LSTM cell state runs past ±1 and is drawn at the ends
  const color = colorOf(s);
  const T = rows.length;
  const fills = new Array<string>(H * T);
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < H; j++) fills[j * T + t] = color(rows[t][j]);
  }
  return fills;
}

/** Pixel rows per unit when a ghost is drawn: two for the run shown, one for the run as learned. */
export const GHOST_ROWS = 3;

/**
 * The cells with the run as learned beneath each unit's row: pixel row GHOST_ROWS·j and the next
 * carry unit j as shown, the last of its three carries the ghost. Row-major, T pixels per row.
 */
export function cellFillsWithGhost(
  rows: readonly Float64Array[],
  ghost: readonly Float64Array[],
  H: number,
  s: SeriesName,
): string[] {
  const T = rows.length;
  const [shown, learned] = [cellFills(rows, H, s), cellFills(ghost.slice(0, T), H, s)];
  const fills = new Array<string>(GHOST_ROWS * H * T);
  for (let j = 0; j < H; j++) {
    for (let k = 0; k < GHOST_ROWS; k++) {
      const from = k === GHOST_ROWS - 1 ? learned : shown;
      for (let t = 0; t < T; t++) fills[(GHOST_ROWS * j + k) * T + t] = from[j * T + t];
    }
  }
  return fills;
}
