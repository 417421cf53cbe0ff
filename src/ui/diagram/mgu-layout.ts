/**
 * The MGU: one state h along the top (h_{t−1} → ×(1−f) keeps the old → + f⊙n writes the new → h_t),
 * its one gate f also scaling the past that the candidate n reads (f ⊙ h_{t−1}, before W_hn).
 * The GRU's diagram with one gate doing both jobs (f sits where the GRU's reset gate does).
 */
import type { MguTrace, Trace } from '../../core';
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

const mgu = (tr: Trace) => tr as MguTrace;
const W = STACK.width / 2;
const F_X = 320;
const GATE_Y = 210;
const MIX_Y = 160;

export const MGU_LAYOUT: Layout = {
  nodes: [
    ...INPUT_NODES,
    { id: 'hPrevTop', symbol: ['h', 't−1'], name: 'Previous hidden state', scale: 'state', x: 120, row: 'top', stage: 0, values: (tr, t) => stateBefore(tr.hs, tr.h0, t) },
    { id: 'f', symbol: ['f', 't'], name: 'Forget gate', series: 'f', scale: 'gate', x: F_X, row: 'bottom', stage: 1, values: (tr, t) => mgu(tr).gates.f[t] },
    { id: 'n', symbol: ['n', 't'], name: 'Candidate', series: 'n', scale: 'state', x: 460, row: 'bottom', stage: 2, values: (tr, t) => mgu(tr).gates.n[t] },
    { id: 'h', symbol: ['h', 't'], name: 'Hidden state', series: 'h', scale: 'state', x: 700, row: 'top', stage: 3, values: (tr, t) => tr.hs[t] },
  ], // prettier-ignore
  ops: [
    { id: 'keep', symbol: '×', x: 220, y: BELT_Y, stage: 2, title: '(1 − f) ⊙ h_{t−1}: how much of the old state is kept' },
    { id: 'oneMinus', symbol: '1−', x: 220, y: MIX_Y, stage: 2, title: '1 − f: how much of the old state is kept' },
    { id: 'gate', symbol: '×', x: 460, y: GATE_Y, stage: 2, title: 'f ⊙ h_{t−1}: the part of the past the candidate reads' },
    { id: 'write', symbol: '×', x: 600, y: MIX_Y, stage: 3, title: 'f ⊙ n: what is written' },
    { id: 'add', symbol: '+', x: 600, y: BELT_Y, stage: 3, title: 'h_t = kept + written' },
  ], // prettier-ignore
  wires: [
    ...busWires([F_X, 460]),
    { points: [120 + W, BELT_Y, 208, BELT_Y], stage: 0, belt: true },
    { points: [232, BELT_Y, 588, BELT_Y], stage: 3, belt: true },
    { points: [612, BELT_Y, 700 - W, BELT_Y], stage: 3, belt: true },
    // f up to the 1− and on to the old state's ×; across to the candidate's ×; across to the write
    { points: [F_X, ABOVE_BOTTOM, F_X, MIX_Y, 232, MIX_Y], stage: 2 },
    { points: [220, MIX_Y - 12, 220, BELT_Y + 12], stage: 2 },
    { points: [F_X, GATE_Y, 448, GATE_Y], stage: 2 },
    { points: [460, GATE_Y + 12, 460, ABOVE_BOTTOM], stage: 2 },
    { points: [F_X, MIX_Y, 588, MIX_Y], stage: 3 },
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
