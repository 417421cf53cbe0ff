/**
 * The vanilla RNN: x_t and h_{t−1} summed into one pre-activation, squashed by a single tanh into
 * h_t — which replaces h_{t−1} wholesale at the next step (no gate decides what to keep).
 */
import type { RnnTrace, Trace } from '../../core';
import { ABOVE_BOTTOM, INPUT_NODES, MID_Y, STACK, busWires, type Layout } from './nodes';

const rnn = (tr: Trace) => tr as RnnTrace;
const W = STACK.width / 2;

export const RNN_LAYOUT: Layout = {
  nodes: [
    ...INPUT_NODES,
    { id: 'a', symbol: ['a', 't'], name: 'Pre-activation', scale: 'state', x: 300, row: 'bottom', stage: 1, values: (tr, t) => rnn(tr).pre.h[t] },
    { id: 'h', symbol: ['h', 't'], name: 'Hidden state', series: 'h', scale: 'state', x: 560, row: 'bottom', stage: 3, values: (tr, t) => tr.hs[t] },
  ], // prettier-ignore
  ops: [
    {
      id: 'squash',
      symbol: 'tanh',
      x: 430,
      y: MID_Y,
      stage: 2,
      title: 'h_t = tanh(a_t): the whole state is rewritten',
    },
  ],
  wires: [
    ...busWires([300]),
    { points: [300 + W, MID_Y, 412, MID_Y], stage: 2 },
    { points: [448, MID_Y, 560 - W, MID_Y], stage: 3 },
    // h_t becomes the next step's h_{t−1}: drawn back over the top, dashed
    {
      points: [560, ABOVE_BOTTOM, 560, 150, 120, 150, 120, ABOVE_BOTTOM],
      stage: 3,
      recurrent: true,
    },
  ],
};
