/**
 * The vanilla RNN as the lab shows it (the UI half of core/rnn.ts): no gates, one state rewritten
 * at every step.
 */
import type { RnnTrace } from '../../core';
import type { CellUi } from '../cell-kinds';
import { RNN_LAYOUT } from '../diagram/rnn-layout';
import { INPUTS, tier } from '../diagram/lecture-names';
import { rnnLines } from '../equations/rnn-lines';

export const RNN_UI: CellUi = {
  name: 'Vanilla RNN',
  short: 'RNN',
  series: ['h'],
  style: { color: 'var(--color-kind-rnn)', dash: '7 4' },
  layout: RNN_LAYOUT,
  lecture: {
    top: 0,
    names: {
      ...INPUTS,
      a: tier(300, 0, 'Pre-activation'),
      h: tier(560, 0, 'Hidden', 'state'),
    },
  },
  captions: {
    diagram:
      'No gates: one tanh rewrites the whole hidden state at every step, so an early event must survive every overwrite.',
    heatmaps: 'with no gates, watch an early event fade as every step rewrites the state.',
    equations:
      'No gates: at every step one tanh layer rewrites the whole hidden state from the input and the ' +
      'last hidden state.',
  },
  lines: (trace, t, j) => rnnLines(trace as RnnTrace, t, j),
};
