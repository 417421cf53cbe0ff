/**
 * The what-if in one sentence: what forcing the gates did to the final jam risk, against the same
 * run as learned. Every number is one of the two runs' final p_T.
 */
import type { GateOverride } from '../../core';
import { fmtPercent } from '../format';
import { SERIES } from '../names';

const forcing = (o: GateOverride) =>
  `the ${SERIES[o.gate].name.toLowerCase()} to ${+o.value.toFixed(2)}`;

/** "units 2 and 5" */
const list = (units: readonly number[]) =>
  units.length === 1
    ? `unit ${units[0]}`
    : `units ${units.slice(0, -1).join(', ')} and ${units[units.length - 1]}`;

/** Where the forcing applies, e.g. " on units 2 and 5 at steps 4–10"; empty when everywhere. */
export function scopePhrase(o: GateOverride): string {
  const units = o.units ? ` on ${o.units.length ? list(o.units) : 'no unit'}` : '';
  const from = o.from ?? 0;
  const steps =
    o.from === undefined && o.to === undefined
      ? ''
      : o.to === undefined
        ? ` from step ${from} on`
        : from === o.to
          ? ` at step ${from}`
          : ` at steps ${from}–${o.to}`;
  return units + steps;
}

/** e.g. "Forcing the forget gate to 0 drops the final jam risk from 91% to 12%." */
export function whatIf(
  overrides: readonly GateOverride[],
  learned: number,
  forced: number,
): string {
  // every forced gate shares one scope (see state/force-scope.ts)
  const what = overrides.map(forcing).join(' and ') + scopePhrase(overrides[0]);
  const [a, b] = [fmtPercent(learned), fmtPercent(forced)];
  const effect =
    a === b
      ? `leaves the final jam risk at ${b}`
      : `${forced < learned ? 'drops' : 'raises'} the final jam risk from ${a} to ${b}`;
  return `Forcing ${what} ${effect}.`;
}
