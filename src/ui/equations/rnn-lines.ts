/** The vanilla RNN's one equation, with unit j's numbers at step t read from the trace. */
import type { RnnTrace } from '../../core';
import { activationNumbers, type EquationLine } from './lines';

export function rnnLines(trace: RnnTrace, t: number, j: number): EquationLine[] {
  return [
    {
      series: 'h',
      tex: 'h_t = \\tanh(W_{ih} x_t + b_{ih} + W_{hh} h_{t-1} + b_{hh})',
      plain: 'h_t = tanh(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh)',
      ...activationNumbers('tanh', trace.pre.h[t][j], trace.hs[t][j]),
    },
  ];
}
