/**
 * The valves of every stack as plain rectangles in the diagram's coordinates: a gate's valve is
 * as wide as its activation, a state's cell full width and coloured by sign and size. Computed
 * from the trace without the DOM, so the canvas draws them and tests check them. While gates are
 * forced, ghosts mark what the run as learned had where the forcing changed a value.
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

/**
 * One node's valves at step t, unit 0 at the top. A gate the model was built without (`held`) is
 * held at 1 by its design, not forced by hand: it gets no forced outline.
 */
export function nodeValves(
  node: VectorNode,
  trace: Trace,
  t: number,
  held: readonly string[] = [],
): Valve[] {
  const values = node.values(trace, t);
  const byHand = node.series !== undefined && !held.includes(node.series);
  const forced = byHand ? forcedMask(trace, node.series!, t) : null;
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

/** Every valve of a layout at step t (held: the gates the model was built without). */
export const layoutValves = (
  layout: Layout,
  trace: Trace,
  t: number,
  held: readonly string[] = [],
): Valve[] => layout.nodes.flatMap((node) => nodeValves(node, trace, t, held));

/** Where the run as learned differs from the run shown: a mark on the valve of that unit. */
export interface Ghost {
  x: number;
  y: number;
  w: number;
  h: number;
  /** a gate's learned opening is a tick; a state's learned value a strip in its colour */
  kind: 'tick' | 'strip';
  /** a colour, or a token as `var(--name)` that the canvas reads at draw time */
  fill: string;
}

/** A tick is drawn in the theme's text colour: dark on the light theme's track, light on the dark. */
export const TICK_FILL = 'var(--color-text)';

/** The width of a state's ghost strip, at the valve's right end. */
export const GHOST_STRIP = 7;

/** One node's ghosts at step t: the learned value of every unit the forcing changed. */
export function nodeGhosts(node: VectorNode, trace: Trace, learned: Trace, t: number): Ghost[] {
  if (node.scale === 'input') return [];
  const [shown, was] = [node.values(trace, t), node.values(learned, t)];
  const rowH = STACK.height / shown.length;
  const left = node.x - STACK.width / 2;
  const top = stackTop(node);
  const ghosts: Ghost[] = [];
  shown.forEach((v, j) => {
    if (v === was[j]) return;
    const y = top + j * rowH;
    ghosts.push(
      node.scale === 'gate'
        ? {
            kind: 'tick',
            x: left + STACK.width * clamp01(was[j]),
            y,
            w: 0,
            h: rowH,
            fill: TICK_FILL,
          }
        : {
            kind: 'strip',
            x: left + STACK.width - GHOST_STRIP,
            y,
            w: GHOST_STRIP,
            h: rowH,
            fill: stateColor(was[j]),
          },
    );
  });
  return ghosts;
}

/** Every ghost of a layout at step t. */
export const layoutGhosts = (layout: Layout, trace: Trace, learned: Trace, t: number): Ghost[] =>
  layout.nodes.flatMap((node) => nodeGhosts(node, trace, learned, t));
