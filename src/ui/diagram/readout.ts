/** The words the diagram's readout says about one value of one node. */
import { EVENT_KINDS } from '../../data';
import { fmtValue } from '../format';
import type { VectorNode } from './nodes';

/** "unit 3" for states and gates; the channel's name for the input reading. */
export const rowName = (node: VectorNode, j: number): string =>
  node.scale === 'input'
    ? `channel ${j < EVENT_KINDS.length ? `“${EVENT_KINDS[j]}”` : '“magnitude”'}`
    : `unit ${j}`;

/**
 * e.g. "Forget gate f_t, unit 3 at step 12: +0.769", and where forcing changed the value, what the
 * run as learned had: "… +0.000 (as learned +0.769)".
 */
export function describe(
  node: VectorNode,
  values: Float64Array,
  j: number,
  t: number,
  learned: Float64Array | null = null,
): string {
  const [base, sub] = node.symbol;
  const row = Math.min(j, values.length - 1);
  const was =
    learned && learned[row] !== values[row] ? ` (as learned ${fmtValue(learned[row])})` : '';
  return `${node.name} ${base}_${sub}, ${rowName(node, row)} at step ${t}: ${fmtValue(values[row])}${was}`;
}
