/**
 * The LSTM as the lab shows it (the UI half of core/lstm.ts): three gates and a separate cell
 * state, the long-term path along the top of its diagram.
 */
import type { LstmTrace } from '../../core';
import type { CellUi } from '../cell-kinds';
import { LSTM_LAYOUT } from '../diagram/lstm-layout';
import { VIEW } from '../diagram/nodes';
import { beside, INPUTS, tier } from '../diagram/lecture-names';
import { lstmLines } from '../equations/lstm-lines';

export const LSTM_UI: CellUi = {
  name: 'LSTM',
  series: ['i', 'f', 'g', 'o', 'c', 'h'],
  style: { color: 'var(--color-kind-lstm)' },
  layout: LSTM_LAYOUT,
  lecture: {
    top: 23,
    names: {
      ...INPUTS,
      cPrev: beside(152, 'start', 'Previous cell state'),
      f: tier(220, 0, 'Forget gate'),
      i: tier(320, 1, 'Input', 'gate'),
      g: tier(420, 0, 'Candidate'),
      o: tier(540, 1, 'Output', 'gate'),
      c: beside(598, 'end', 'Cell state'),
      // no room beside tanh c_t: over it, against the right edge
      tanhC: { x: VIEW.width - 2, y: 4, anchor: 'end', lines: ['Squashed cell'] },
      h: tier(720, 0, 'Hidden', 'state'),
    },
  },
  captions: {
    diagram:
      'The gates decide what the cell state (the long-term path along the top) keeps, writes and exposes as the hidden state.',
    heatmaps:
      'watch the forget gate stay open to carry an early event, and the cell state hold it.',
    equations:
      'Three gates read the input and the last hidden state: the cell keeps what the forget gate ' +
      'lets through, adds what the input gate writes, and the output gate decides how much to show.',
  },
  lines: (trace, t, j) => lstmLines(trace as LstmTrace, t, j),
};
