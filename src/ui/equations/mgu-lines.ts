/** The MGU's three equations, with unit j's numbers at step t read from the trace. */
import type { MguTrace } from '../../core';
import { fmtValue } from '../format';
import { stateBefore } from '../trace-read';
import {
  activationNumbers,
  affineTex,
  fmtFactor,
  inParens,
  isForced,
  type EquationLine,
} from './lines';

export function mguLines(trace: MguTrace, t: number, j: number): EquationLine[] {
  const { gates, pre, forcing } = trace;
  const [f, n] = [gates.f[t][j], gates.n[t][j]];
  const hPrev = stateBefore(trace.hs, trace.h0, t)[j];
  return [
    {
      series: 'f',
      ...affineTex('f', 'σ'),
      ...activationNumbers('σ', pre.f[t][j], f, isForced(forcing[t].f, j)),
    },
    {
      series: 'n',
      tex: 'n_t = \\tanh(W_{in} x_t + b_{in} + W_{hn} (f_t \\odot h_{t-1}) + b_{hn})',
      plain: 'n_t = tanh(W_in x_t + b_in + W_hn (f_t ⊙ h_{t−1}) + b_hn)',
      // pre.n already holds the gated recurrent term; this unit's share of the past is beside it
      numbers:
        `${activationNumbers('tanh', pre.n[t][j], n).numbers}, ` +
        `reading f ⊙ h_{t−1} = ${fmtFactor(f)} × ${inParens(hPrev)} = ${fmtValue(trace.fhs.at[t][j])}`,
      forced: false,
    },
    {
      series: 'h',
      tex: 'h_t = (1 - f_t) \\odot h_{t-1} + f_t \\odot n_t',
      plain: 'h_t = (1 − f_t) ⊙ h_{t−1} + f_t ⊙ n_t',
      numbers:
        `(1 − ${fmtFactor(f)}) × ${inParens(hPrev)} + ${fmtFactor(f)} × ${inParens(n)}` +
        ` = ${fmtValue(trace.hs[t][j])}`,
      forced: false,
    },
  ];
}
