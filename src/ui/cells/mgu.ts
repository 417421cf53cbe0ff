/**
 * The MGU as the lab shows it (the UI half of core/mgu.ts): one gate and one state, between the
 * vanilla RNN (no gate) and the GRU (two).
 */
import type { MguTrace } from '../../core';
import type { CellUi } from '../cell-kinds';
import { MGU_LAYOUT } from '../diagram/mgu-layout';
import { beside, INPUTS, tier } from '../diagram/lecture-names';
import { mguLines } from '../equations/mgu-lines';

export const MGU_UI: CellUi = {
  name: 'MGU',
  series: ['f', 'n', 'h'],
  style: { color: 'var(--color-kind-mgu)', dash: '10 3 2 3' },
  layout: MGU_LAYOUT,
  lecture: {
    top: 0,
    names: {
      ...INPUTS,
      hPrevTop: beside(152, 'start', 'Previous hidden state'),
      f: tier(320, 0, 'Forget gate'),
      n: tier(460, 1, 'Candidate'),
      h: beside(680, 'end', 'Hidden state'),
    },
  },
  // the LSTM's f keeps its cell state where high; the MGU's replaces its state where high
  roles: {
    f: 'how much of the old state to replace, and how much of the past the candidate reads',
  },
  captions: {
    diagram:
      'One gate, one state: the forget gate both writes the candidate over the old state and decides how much past the candidate reads.',
    heatmaps:
      'watch the forget gate stay low to keep the old state, carrying an early event forward.',
    equations:
      'One gate does the GRU’s two jobs: it picks how much of the past the candidate reads, then ' +
      'blends the old hidden state with that candidate.',
  },
  lines: (trace, t, j) => mguLines(trace as MguTrace, t, j),
};
