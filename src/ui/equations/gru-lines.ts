/** The GRU's four equations, with unit j's numbers at step t read from the trace. */
import type { GruTrace } from '../../core';
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

export function gruLines(trace: GruTrace, t: number, j: number): EquationLine[] {
  const { gates, pre, forcing } = trace;
  const [r, z, n] = [gates.r[t][j], gates.z[t][j], gates.n[t][j]];
  const hPrev = stateBefore(trace.hs, trace.h0, t)[j];
  const gate = (s: 'r' | 'z'): EquationLine => ({
    series: s,
    ...affineTex(s, 'σ'),
    ...activationNumbers('σ', pre[s][t][j], gates[s][t][j], isForced(forcing[t][s], j)),
  });
  return [
    gate('r'),
    gate('z'),
    {
      series: 'n',
      tex: 'n_t = \\tanh(W_{in} x_t + b_{in} + r_t \\odot (W_{hn} h_{t-1} + b_{hn}))',
      plain: 'n_t = tanh(W_in x_t + b_in + r_t ⊙ (W_hn h_{t−1} + b_hn))',
      // pre.n already holds the reset-gated term; its two factors are shown beside it
      numbers:
        `${activationNumbers('tanh', pre.n[t][j], n).numbers}, ` +
        `with reset term r ⊙ (W_hn h + b_hn) = ${fmtFactor(r)} × ${inParens(trace.hns[t][j])}`,
      forced: false,
    },
    {
      series: 'h',
      tex: 'h_t = (1 - z_t) \\odot n_t + z_t \\odot h_{t-1}',
      plain: 'h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}',
      numbers:
        `(1 − ${fmtFactor(z)}) × ${inParens(n)} + ${fmtFactor(z)} × ${inParens(hPrev)}` +
        ` = ${fmtValue(trace.hs[t][j])}`,
      forced: false,
    },
  ];
}
