/**
 * What the cell diagram draws, as data: vector nodes (each a stack of per-unit valves), operation
 * nodes (× + 1− tanh) and wires, each tagged with the sub-step it belongs to. Values are read from
 * the core's trace at step t; nothing here computes a number.
 */
import type { Trace } from '../../core';
import type { SeriesName } from '../names';
import { stateBefore } from '../trace-read';

/** The sub-steps of one time step, in the order the flow animates them. */
export const STAGES = ['Inputs', 'Gates', 'Memory update', 'Output'] as const;
export type Stage = 0 | 1 | 2 | 3;

/** A node's values are a gate (0…1), a signed state (−1…1) or the raw input reading (0…1). */
export type Scale = 'gate' | 'state' | 'input';

export interface VectorNode {
  id: string;
  /** symbol and its subscript, e.g. ['c', 't−1'] */
  symbol: readonly [string, string];
  /** full name, shown under the node */
  name: string;
  /** the heatmap series it is (for forced-gate marks), if any */
  series?: SeriesName;
  scale: Scale;
  /** centre x, and the row: 'top' is the memory belt, 'bottom' the gates */
  x: number;
  row: 'top' | 'bottom';
  stage: Stage;
  values(trace: Trace, t: number): Float64Array;
}

export interface OpNode {
  id: string;
  symbol: '×' | '+' | '1−' | 'tanh';
  x: number;
  y: number;
  stage: Stage;
  /** what the operation does, for its tooltip */
  title: string;
}

export interface Wire {
  /** polyline points x,y,x,y,… */
  points: readonly number[];
  stage: Stage;
  /** the LSTM's cell-state conveyor belt is drawn heavier */
  belt?: boolean;
  /** a state carried to the next step, drawn dashed */
  recurrent?: boolean;
}

export interface Layout {
  nodes: readonly VectorNode[];
  ops: readonly OpNode[];
  wires: readonly Wire[];
}

/** Diagram geometry shared by every kind (viewBox units). */
export const VIEW = { width: 800, height: 440 } as const;
export const STACK = { width: 22, height: 140, topY: 48, bottomY: 254 } as const;
export const BELT_Y = STACK.topY + STACK.height / 2;
/** where wires meet a bottom-row node from above: clear of its symbol */
export const ABOVE_BOTTOM = STACK.bottomY - 24;
export const MID_Y = STACK.bottomY + STACK.height / 2;
/** the input bus under the gates */
export const BUS_Y = 422;

/** x_t and h_{t−1}: the inputs every kind starts from. */
export const INPUT_NODES: readonly VectorNode[] = [
  {
    id: 'x',
    symbol: ['x', 't'],
    name: 'Reading',
    scale: 'input',
    x: 30,
    row: 'bottom',
    stage: 0,
    values: (tr, t) => tr.xs[t],
  },
  {
    id: 'hPrev',
    symbol: ['h', 't−1'],
    name: 'Previous hidden state',
    scale: 'state',
    x: 120,
    row: 'bottom',
    stage: 0,
    values: (tr, t) => stateBefore(tr.hs, tr.h0, t),
  },
];

/** Wires from x_t and h_{t−1} down to the bus and up into each gate at these x positions. */
export function busWires(gateXs: readonly number[]): Wire[] {
  const bottom = STACK.bottomY + STACK.height;
  const last = Math.max(...gateXs);
  return [
    { points: [30, bottom, 30, BUS_Y, last, BUS_Y], stage: 0 },
    { points: [120, bottom, 120, BUS_Y], stage: 0 },
    ...gateXs.map((x) => ({ points: [x, BUS_Y, x, bottom], stage: 1 as Stage })),
  ];
}
