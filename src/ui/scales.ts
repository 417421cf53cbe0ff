/**
 * The lab's semantic colour scales, in one module (colour-blind-safe, from d3-scale-chromatic):
 * gates are fractions of "open", drawn on a sequential scale over [0, 1]; states and candidates
 * are signed, drawn on a diverging scale over [−1, 1] with white at 0. Both clamp: a cell state
 * beyond ±1 is drawn in the colour of ±1.
 */
import { scaleDiverging, scaleSequential } from 'd3-scale';
import { interpolatePuOr, interpolateViridis } from 'd3-scale-chromatic';
import type { SeriesName } from './names';
import { SERIES } from './names';

/** The domain each kind of series is drawn over. */
export const GATE_DOMAIN: readonly [number, number] = [0, 1];
export const STATE_DOMAIN: readonly [number, number] = [-1, 1];

/** Gate activation → colour: dark (shut, 0) to bright yellow (open, 1). */
export const gateColor = scaleSequential(interpolateViridis).domain(GATE_DOMAIN).clamp(true);

/** State value → colour: orange (−1) through white (0) to purple (+1). */
export const stateColor = scaleDiverging((u: number) => interpolatePuOr(1 - u))
  .domain([STATE_DOMAIN[0], 0, STATE_DOMAIN[1]])
  .clamp(true);

/** The colour scale a series is drawn with. */
export const colorOf = (s: SeriesName) => (SERIES[s].range === 'gate' ? gateColor : stateColor);

/** The domain a series is drawn over. */
export const domainOf = (s: SeriesName): readonly [number, number] =>
  SERIES[s].range === 'gate' ? GATE_DOMAIN : STATE_DOMAIN;
