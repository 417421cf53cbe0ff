/**
 * Where the diagram's node names go. Usually one line under the stack (over it on the top row).
 * In lecture mode they are set at 28 of the view's 800 units, ≥ 24 px on a 1280×720 projector,
 * and a name is then wider than the 100 units between gates: top-row names move beside their
 * symbol, and bottom-row names go into three tiers of a band opened under the bottom row (the
 * input bus moves down by the band), broken over two tiers where a neighbour would touch them.
 */
import { STACK, VIEW, type Layout, type VectorNode, type Wire } from './nodes';
import { stackTop } from './valves';

/** A name's text: its lines, the point its first baseline starts from, and its alignment. */
export interface NameText {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: readonly string[];
}

/** The diagram's viewBox rows: from y, this tall (the width is always VIEW.width). */
export interface ViewRows {
  y: number;
  height: number;
}

/** Where lecture mode puts a kind's large names (each kind's UI file, src/ui/cells/, gives its plan). */
export interface LecturePlan {
  /** view units added over y = 0, for a name above a top-row symbol */
  top: number;
  names: Readonly<Record<string, NameText>>;
}

/** One lecture-mode tier: the height of a 28-unit line's box (ascent + descent) and some air. */
export const NAME_LINE = 34;
const BAND_TOP = STACK.bottomY + STACK.height;
/** The band under the bottom row: three tiers, then the bus below the last tier's descenders. */
const BAND = 78;
/** On a top-row symbol's line, clear of the unit value under it. */
const BESIDE_Y = STACK.topY - 12;

/** A name in the band under the bottom row, from tier k down, one line per tier. */
export const tier = (x: number, k: 0 | 1 | 2, ...lines: string[]): NameText => ({
  x,
  // 27: a 28-unit line's ascent, so tier 0's box starts at the stacks' foot
  y: BAND_TOP + 27 + k * NAME_LINE,
  anchor: 'middle',
  lines,
});
export const beside = (x: number, anchor: 'start' | 'end', name: string): NameText => ({
  x,
  y: BESIDE_Y,
  anchor,
  lines: [name],
});

// 'Reading' from the left edge, h_{t−1}'s name a tier lower: centred, the two would overlap
export const INPUTS = {
  x: { ...tier(0, 0, 'Reading'), anchor: 'start' },
  hPrev: tier(126, 1, 'Previous', 'hidden state'),
} as const;

/** A name where the diagram usually puts it: one line under its stack, over it on the top row. */
function plainName(node: VectorNode): NameText {
  const top = stackTop(node);
  const y = node.row === 'top' ? top - 26 : top + STACK.height + 15;
  return { x: node.x, y, anchor: 'middle', lines: [node.name] };
}

/** A layout as drawn: the rows shown, its wires, and each node's name text by node id. */
export interface Drawing {
  rows: ViewRows;
  wires: readonly Wire[];
  names: ReadonlyMap<string, NameText>;
}

/** How a layout is drawn: as usual, or with lecture mode's room for large names. */
export function drawing(layout: Layout, plan: LecturePlan, lecture: boolean): Drawing {
  if (!lecture)
    return {
      rows: { y: 0, height: VIEW.height },
      wires: layout.wires,
      names: new Map(layout.nodes.map((n) => [n.id, plainName(n)])),
    };
  const { top, names } = plan;
  return {
    rows: { y: -top, height: VIEW.height + top + BAND },
    // everything under the bottom row (the bus, the recurrent return) moves down by the band
    wires: layout.wires.map((w) => ({
      ...w,
      points: w.points.map((v, k) => (k % 2 === 1 && v > BAND_TOP ? v + BAND : v)),
    })),
    names: new Map(layout.nodes.map((n) => [n.id, names[n.id] ?? plainName(n)])),
  };
}
