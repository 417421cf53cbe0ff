/** The LSTM's six equations, with unit j's numbers at step t read from the trace. */
import type { LstmTrace } from '../../core';
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

export function lstmLines(trace: LstmTrace, t: number, j: number): EquationLine[] {
  const { gates, pre, forcing } = trace;
  const [i, f, g, o] = [gates.i[t][j], gates.f[t][j], gates.g[t][j], gates.o[t][j]];
  const cPrev = stateBefore(trace.cs, trace.c0, t)[j];
  const c = trace.cs[t][j];
  const gate = (s: 'i' | 'f' | 'o'): EquationLine => ({
    series: s,
    ...affineTex(s, 'σ'),
    ...activationNumbers('σ', pre[s][t][j], gates[s][t][j], isForced(forcing[t][s], j)),
  });
  return [
    gate('i'),
    gate('f'),
    { series: 'g', ...affineTex('g', 'tanh'), ...activationNumbers('tanh', pre.g[t][j], g) },
    gate('o'),
    {
      series: 'c',
      tex: 'c_t = f_t \\odot c_{t-1} + i_t \\odot g_t',
      plain: 'c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t',
      numbers: `${fmtFactor(f)} × ${inParens(cPrev)} + ${fmtFactor(i)} × ${inParens(g)} = ${fmtValue(c)}`,
      forced: false,
    },
    {
      series: 'h',
      tex: 'h_t = o_t \\odot \\tanh(c_t)',
      plain: 'h_t = o_t ⊙ tanh(c_t)',
      numbers:
        `${fmtFactor(o)} × tanh${inParens(c)} = ${fmtFactor(o)} × ${inParens(trace.tanhCs[t][j])}` +
        ` = ${fmtValue(trace.hs[t][j])}`,
      forced: false,
    },
  ];
}
