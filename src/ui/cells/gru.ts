/**
 * The GRU as the lab shows it (the UI half of core/gru.ts): two gates and one state.
 */
import type { GruTrace } from '../../core';
import type { CellUi } from '../cell-kinds';
import { GRU_LAYOUT } from '../diagram/gru-layout';
import { beside, INPUTS, tier } from '../diagram/lecture-names';
import { gruLines } from '../equations/gru-lines';

export const GRU_UI: CellUi = {
  name: 'GRU',
  series: ['r', 'z', 'n', 'h'],
  style: { color: 'var(--color-kind-gru)', dash: '2 3' },
  layout: GRU_LAYOUT,
  lecture: {
    top: 0,
    names: {
      ...INPUTS,
      hPrevTop: beside(152, 'start', 'Previous hidden state'),
      z: tier(220, 0, 'Update gate'),
      r: tier(320, 1, 'Reset', 'gate'),
      n: tier(460, 0, 'Candidate'),
      h: beside(680, 'end', 'Hidden state'),
    },
  },
  captions: {
    diagram:
      'One state: the update gate keeps old state or writes the candidate; the reset gate decides how much past the candidate uses.',
    heatmaps:
      'watch the update gate stay high to keep the old state, carrying an early event forward.',
    equations:
      'The reset gate decides how much of the past the candidate may use; the update gate then ' +
      'blends the old hidden state with that candidate.',
  },
  lines: (trace, t, j) => gruLines(trace as GruTrace, t, j),
};
