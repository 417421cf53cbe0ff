/**
 * The GRU: one state h along the top (h_{t−1} → ×z keeps the old → + (1−z)⊙n writes the new → h_t),
 * the reset gate scaling the recurrent term inside the candidate n (PyTorch's placement).
 */
import type { GruTrace, Trace } from '../../core';
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

const gru = (tr: Trace) => tr as GruTrace;
const W = STACK.width / 2;
const RESET_Y = 210;
const MIX_Y = 160;

export const GRU_LAYOUT: Layout = {
  nodes: [
    ...INPUT_NODES,
    { id: 'hPrevTop', symbol: ['h', 't−1'], name: 'Previous hidden state', scale: 'state', x: 120, row: 'top', stage: 0, values: (tr, t) => stateBefore(tr.hs, tr.h0, t) },
    { id: 'z', symbol: ['z', 't'], name: 'Update gate', series: 'z', scale: 'gate', x: 220, row: 'bottom', stage: 1, values: (tr, t) => gru(tr).gates.z[t] },
    { id: 'r', symbol: ['r', 't'], name: 'Reset gate', series: 'r', scale: 'gate', x: 320, row: 'bottom', stage: 1, values: (tr, t) => gru(tr).gates.r[t] },
    { id: 'n', symbol: ['n', 't'], name: 'Candidate', series: 'n', scale: 'state', x: 460, row: 'bottom', stage: 2, values: (tr, t) => gru(tr).gates.n[t] },
    { id: 'h', symbol: ['h', 't'], name: 'Hidden state', series: 'h', scale: 'state', x: 700, row: 'top', stage: 3, values: (tr, t) => tr.hs[t] },
  ], // prettier-ignore
  ops: [
    { id: 'keep', symbol: '×', x: 220, y: BELT_Y, stage: 2, title: 'z ⊙ h_{t−1}: how much of the old state is kept' },
    { id: 'reset', symbol: '×', x: 460, y: RESET_Y, stage: 2, title: 'r ⊙ (W_hn h_{t−1} + b_hn): the past the candidate may use' },
    { id: 'oneMinus', symbol: '1−', x: 520, y: MIX_Y, stage: 2, title: '1 − z: how much of the candidate is written' },
    { id: 'write', symbol: '×', x: 600, y: MIX_Y, stage: 3, title: '(1 − z) ⊙ n: what is written' },
    { id: 'add', symbol: '+', x: 600, y: BELT_Y, stage: 3, title: 'h_t = kept + written' },
  ], // prettier-ignore
  wires: [
    ...busWires([220, 320, 460]),
    { points: [120 + W, BELT_Y, 208, BELT_Y], stage: 0, belt: true },
    { points: [232, BELT_Y, 588, BELT_Y], stage: 3, belt: true },
    { points: [612, BELT_Y, 700 - W, BELT_Y], stage: 3, belt: true },
    { points: [220, ABOVE_BOTTOM, 220, BELT_Y + 12], stage: 2 },
    { points: [220, MIX_Y, 508, MIX_Y], stage: 2 },
    { points: [532, MIX_Y, 588, MIX_Y], stage: 3 },
    { points: [320, ABOVE_BOTTOM, 320, RESET_Y, 448, RESET_Y], stage: 2 },
    { points: [460, RESET_Y + 12, 460, ABOVE_BOTTOM], stage: 2 },
    { points: [460 + W, MID_Y, 600, MID_Y, 600, MIX_Y + 12], stage: 3 },
    { points: [600, MIX_Y - 12, 600, BELT_Y + 12], stage: 3 },
    // h_t is the next step's h_{t−1}: carried back along the bus, dashed
    {
      points: [700, STACK.topY + STACK.height, 700, BUS_Y + 8, 120, BUS_Y + 8],
      stage: 3,
      recurrent: true,
    },
  ],
};
