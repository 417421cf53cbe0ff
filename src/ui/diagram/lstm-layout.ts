/**
 * The LSTM as the textbook draws it: the cell-state belt along the top (c_{t−1} → ×f → +i⊙g → c_t),
 * the four gates underneath fed by x_t and h_{t−1}, and the output gate exposing tanh(c_t) as h_t.
 */
import type { LstmTrace, Trace } from '../../core';
import {
  ABOVE_BOTTOM,
  BELT_Y,
  BUS_Y,
  INPUT_NODES,
  MID_Y,
  STACK,
  busWires,
  type Layout,
} from './nodes';
import { stateBefore } from '../trace-read';

const lstm = (tr: Trace) => tr as LstmTrace;
const W = STACK.width / 2;
const TOP_BOTTOM = STACK.topY + STACK.height;
const PAIR_Y = 214;

export const LSTM_LAYOUT: Layout = {
  nodes: [
    ...INPUT_NODES,
    { id: 'cPrev', symbol: ['c', 't−1'], name: 'Previous cell state', scale: 'state', x: 120, row: 'top', stage: 0, values: (tr, t) => stateBefore(lstm(tr).cs, lstm(tr).c0, t) },
    { id: 'f', symbol: ['f', 't'], name: 'Forget gate', series: 'f', scale: 'gate', x: 220, row: 'bottom', stage: 1, values: (tr, t) => lstm(tr).gates.f[t] },
    { id: 'i', symbol: ['i', 't'], name: 'Input gate', series: 'i', scale: 'gate', x: 320, row: 'bottom', stage: 1, values: (tr, t) => lstm(tr).gates.i[t] },
    { id: 'g', symbol: ['g', 't'], name: 'Candidate', series: 'g', scale: 'state', x: 420, row: 'bottom', stage: 1, values: (tr, t) => lstm(tr).gates.g[t] },
    { id: 'o', symbol: ['o', 't'], name: 'Output gate', series: 'o', scale: 'gate', x: 540, row: 'bottom', stage: 1, values: (tr, t) => lstm(tr).gates.o[t] },
    { id: 'c', symbol: ['c', 't'], name: 'Cell state', series: 'c', scale: 'state', x: 620, row: 'top', stage: 2, values: (tr, t) => lstm(tr).cs[t] },
    { id: 'tanhC', symbol: ['tanh c', 't'], name: 'Squashed cell', scale: 'state', x: 720, row: 'top', stage: 3, values: (tr, t) => lstm(tr).tanhCs[t] },
    { id: 'h', symbol: ['h', 't'], name: 'Hidden state', series: 'h', scale: 'state', x: 720, row: 'bottom', stage: 3, values: (tr, t) => tr.hs[t] },
  ], // prettier-ignore
  ops: [
    { id: 'keep', symbol: '×', x: 220, y: BELT_Y, stage: 2, title: 'f ⊙ c_{t−1}: what the cell keeps' },
    { id: 'write', symbol: '×', x: 370, y: PAIR_Y, stage: 2, title: 'i ⊙ g: what the cell writes' },
    { id: 'add', symbol: '+', x: 370, y: BELT_Y, stage: 2, title: 'c_t = kept + written' },
    { id: 'expose', symbol: '×', x: 720, y: PAIR_Y, stage: 3, title: 'h_t = o ⊙ tanh(c_t): what the cell exposes' },
  ], // prettier-ignore
  wires: [
    ...busWires([220, 320, 420, 540]),
    { points: [120 + W, BELT_Y, 208, BELT_Y], stage: 0, belt: true },
    { points: [232, BELT_Y, 358, BELT_Y], stage: 2, belt: true },
    { points: [382, BELT_Y, 620 - W, BELT_Y], stage: 2, belt: true },
    { points: [620 + W, BELT_Y, 720 - W, BELT_Y], stage: 3, belt: true },
    { points: [220, ABOVE_BOTTOM, 220, BELT_Y + 12], stage: 2 },
    { points: [320, ABOVE_BOTTOM, 320, PAIR_Y, 358, PAIR_Y], stage: 2 },
    { points: [420, ABOVE_BOTTOM, 420, PAIR_Y, 382, PAIR_Y], stage: 2 },
    { points: [370, PAIR_Y - 12, 370, BELT_Y + 12], stage: 2 },
    { points: [720, TOP_BOTTOM, 720, PAIR_Y - 12], stage: 3 },
    { points: [540, ABOVE_BOTTOM, 540, PAIR_Y, 708, PAIR_Y], stage: 3 },
    { points: [720, PAIR_Y + 12, 720, ABOVE_BOTTOM], stage: 3 },
    // h_t is the next step's h_{t−1}: carried back along the bus, dashed
    {
      points: [720 + W, MID_Y, 780, MID_Y, 780, BUS_Y + 8, 120, BUS_Y + 8],
      stage: 3,
      recurrent: true,
    },
  ],
};
