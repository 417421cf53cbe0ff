/**
 * The gradient charts' coordinates: steps across, ‖∂L/∂h_t‖ up on a log10 scale ticked at powers
 * of ten — one domain shared by every chart (so a line lower in one chart really is smaller than a
 * line in the next), or, when the reader asks, each chart's own.
 */
import { extent, range } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import type { GradientFlow } from '../../state/gradient-flow';

export const HEIGHT = 150;
export const MARGIN = { top: 10, right: 10, bottom: 26, left: 46 } as const;
/** at most this many labelled powers of ten on the y axis */
const MAX_TICKS = 6;
/** 10^e exactly as written (10 ** −30 is off in the last bit) */
const pow10 = (e: number) => Number(`1e${e}`);
/** the largest power of ten a float64 holds (10³⁰⁸): a norm above it is drawn at the top */
const TOP = Math.floor(Math.log10(Number.MAX_VALUE));

/** The y domain: the powers of ten around every nonzero norm of every flow; zeros can't be logged. */
export function normDomain(flows: readonly GradientFlow[]): [number, number] {
  const values = flows.flatMap((f) => [...f.dh, ...(f.dc ?? [])]);
  const [min, max] = extent(values.filter((v) => v > 0 && Number.isFinite(v)));
  if (min === undefined || max === undefined) return [1e-12, 1];
  const lo = Math.min(TOP - 1, Math.floor(Math.log10(min)));
  const hi = Math.min(TOP, Math.max(lo + 1, Math.ceil(Math.log10(max))));
  return [pow10(lo), pow10(hi)];
}

export interface FlowScales {
  /** step t → x of its point */
  x: ScaleLinear<number, number>;
  /** norm → y; norms under the floor (zeros) sit on the floor */
  y: ScaleLogarithmic<number, number>;
  /** the axis floor: where a zero norm is drawn */
  floor: number;
  /** the powers of ten labelled on the y axis */
  yTicks: number[];
}

/** Scales for a chart `width` pixels wide over T steps, on the given domain. */
export function flowScales(width: number, T: number, domain: [number, number]): FlowScales {
  const x = scaleLinear()
    .domain([0, Math.max(1, T - 1)])
    .range([MARGIN.left, Math.max(MARGIN.left + 1, width - MARGIN.right)]);
  const y = scaleLog()
    .domain(domain)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .clamp(true);
  const [lo, hi] = domain.map((d) => Math.round(Math.log10(d)));
  // round powers: every k-th decade, at multiples of k (10⁰, 10⁻¹⁰, 10⁻²⁰ …)
  const every = Math.ceil((hi - lo) / (MAX_TICKS - 1));
  const yTicks = range(Math.floor(hi / every) * every, lo - 1, -every).map(pow10);
  return { x, y, floor: domain[0], yTicks };
}

/** The y of a norm, a zero drawn on the floor. */
export const yOf = (s: FlowScales, v: number): number => s.y(Math.max(v, s.floor));

/** The steps labelled on the x axis: whole steps, the last one always among them. */
export function stepTicks(T: number): number[] {
  const ticks = scaleLinear()
    .domain([0, Math.max(1, T - 1)])
    .ticks(Math.min(5, T))
    .filter((t) => Number.isInteger(t) && t < T - 2);
  return [...ticks, T - 1];
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to a whole power, as printed: 10⁻⁸, 10², 1 (10⁰). */
export function powerOfTen(e: number): string {
  if (e === 0) return '1';
  const digits = [...String(Math.abs(e))].map((d) => SUPERSCRIPT[Number(d)]).join('');
  return `10${e < 0 ? '⁻' : ''}${digits}`;
}
