/**
 * One line of the Equations panel as plain data: the equation in TeX (and in plain text until
 * KaTeX loads) and the right-hand side with one unit's numbers from the trace plugged in.
 */
import { format } from 'd3-format';
import { fmtValue } from '../format';
import type { SeriesName } from '../names';

export interface EquationLine {
  /** which gate or state the line computes; its full name comes from SERIES */
  series: SeriesName;
  /** the equation for the whole layer, in TeX */
  tex: string;
  /** the same equation in plain text, shown until KaTeX has loaded */
  plain: string;
  /** what follows "f_t[j] = ": the unit's numbers, every one read from the trace */
  numbers: string;
  /** whether the gate was forced by hand for this unit at this step */
  forced: boolean;
}

/** a factor in a product, where the sign is known (gates lie in [0, 1]): "0.769" */
export const fmtFactor = format('.3f');

/** a signed value in brackets, so a minus never reads as subtraction: "(−0.880)" */
export const inParens = (v: number): string => `(${fmtValue(v)})`;

/** The two activations a line applies, as TeX and as plain text. */
const FN = { σ: '\\sigma', tanh: '\\tanh' } as const;
export type Activation = keyof typeof FN;

/** s_t = fn(W_is x_t + b_is + W_hs h_{t−1} + b_hs): a gate (or candidate) of the layer. */
export function affineTex(s: string, fn: Activation): Pick<EquationLine, 'tex' | 'plain'> {
  return {
    tex: `${s}_t = ${FN[fn]}(W_{i${s}} x_t + b_{i${s}} + W_{h${s}} h_{t-1} + b_{h${s}})`,
    plain: `${s}_t = ${fn}(W_i${s} x_t + b_i${s} + W_h${s} h_{t−1} + b_h${s})`,
  };
}

/**
 * An activation's numbers: fn(pre-activation) = activation. A forced unit shows the value it was
 * given, and the learned pre-activation it overrode.
 */
export function activationNumbers(
  fn: Activation,
  pre: number,
  value: number,
  forced = false,
): Pick<EquationLine, 'numbers' | 'forced'> {
  return forced
    ? { numbers: `${fmtValue(value)} (forced; learned pre-activation ${fmtValue(pre)})`, forced }
    : { numbers: `${fn}(${fmtValue(pre)}) = ${fmtValue(value)}`, forced };
}

/** Whether unit j is forced in this step's forcing of one gate. */
export const isForced = (fc: { readonly mask: Uint8Array } | null, j: number): boolean =>
  fc !== null && fc.mask[j] === 1;
