/**
 * The what-if in one sentence: what forcing the gates did to the final jam risk, against the same
 * run as learned. Every number is one of the two runs' final p_T.
 */
import type { GateOverride } from '../../core';
import { fmtPercent } from '../format';
import { SERIES } from '../names';

const forcing = (o: GateOverride) =>
  `the ${SERIES[o.gate].name.toLowerCase()} to ${+o.value.toFixed(2)}`;

/** e.g. "Forcing the forget gate to 0 drops the final jam risk from 91% to 12%." */
export function whatIf(
  overrides: readonly GateOverride[],
  learned: number,
  forced: number,
): string {
  const what = overrides.map(forcing).join(' and ');
  const [a, b] = [fmtPercent(learned), fmtPercent(forced)];
  const effect =
    a === b
      ? `leaves the final jam risk at ${b}`
      : `${forced < learned ? 'drops' : 'raises'} the final jam risk from ${a} to ${b}`;
  return `Forcing ${what} ${effect}.`;
}
