/**
 * The valves of every stack as plain rectangles in the diagram's coordinates: a gate's valve is
 * as wide as its activation, a state's cell full width and coloured by sign and size. Computed
 * from the trace without the DOM, so the canvas draws them and tests check them.
 */
import type { Trace } from '../../core';
import { gateColor, stateColor } from '../scales';
import { forcedMask } from '../trace-read';
import { STACK, type Layout, type VectorNode } from './nodes';

export interface Valve {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** forced by hand: outlined */
  forced: boolean;
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/** The top edge of a node's stack. */
export const stackTop = (node: VectorNode): number =>
  node.row === 'top' ? STACK.topY : STACK.bottomY;

/** One node's valves at step t, unit 0 at the top. */
export function nodeValves(node: VectorNode, trace: Trace, t: number): Valve[] {
  const values = node.values(trace, t);
  const forced = node.series ? forcedMask(trace, node.series, t) : null;
  const rowH = STACK.height / values.length;
  // a hairline between rows while rows are tall enough to spare it
  const gap = rowH > 4 ? 1 : 0;
  const left = node.x - STACK.width / 2;
  const top = stackTop(node);
  return Array.from(values, (v, j) => {
    const gate = node.scale !== 'state';
    return {
      x: left,
      y: top + j * rowH + gap / 2,
      w: gate ? STACK.width * clamp01(v) : STACK.width,
      h: rowH - gap,
      fill: gate ? gateColor(v) : stateColor(v),
      forced: forced?.[j] === 1,
    };
  });
}

/** Every valve of a layout at step t. */
export const layoutValves = (layout: Layout, trace: Trace, t: number): Valve[] =>
  layout.nodes.flatMap((node) => nodeValves(node, trace, t));
